import { FrontSide, MeshStandardMaterial, type WebGLProgramParametersWithUniforms } from 'three';
import { PART_TEXTURE_WIDTH, type PartStateTexture } from './part-state-texture';

/** Uniforms shared by both passes; the x-ray opacity is changed in place, never by recompiling. */
export interface BodyUniforms {
  xrayOpacity: { value: number };
}

/** Opacity of a part faded to show the selection behind it. */
const FADED_OPACITY = 0.14;

const vertexHead = /* glsl */ `
attribute float partIndex;
uniform highp sampler2D partState;
varying vec3 vPartColor;
varying float vPartFlags;
`;

const vertexState = /* glsl */ `
int partId = int(partIndex + 0.5);
vec4 partData = texelFetch(partState, ivec2(partId % ${PART_TEXTURE_WIDTH}, partId / ${PART_TEXTURE_WIDTH}), 0);
int partFlags = int(partData.a * 255.0 + 0.5);
vPartColor = partData.rgb;
vPartFlags = float(partFlags);
`;

// A hidden part (or one drawn by the other pass) collapses outside the clip volume: its
// triangles are culled before rasterisation, cheaper than discarding fragments.
const vertexCull = (xrayPass: boolean) => /* glsl */ `
bool partShown = (partFlags & 1) != 0 && ((partFlags & 8) != 0) == ${xrayPass ? 'true' : 'false'};
if (!partShown) gl_Position = vec4(0.0, 0.0, -2.0, 1.0);
`;

const fragmentHead = /* glsl */ `
varying vec3 vPartColor;
varying float vPartFlags;
uniform float xrayOpacity;
`;

const fragmentColor = /* glsl */ `
int fragFlags = int(vPartFlags + 0.5);
bool partSelected = (fragFlags & 2) != 0;
bool partHovered = (fragFlags & 4) != 0;
diffuseColor.rgb = partHovered ? mix(vPartColor, vec3(1.0), 0.3) : vPartColor;
`;

// A part faded because it covers the selection is fainter than x-ray, its outline still shown.
const fragmentXray = /* glsl */ `
float facing = abs(dot(normal, normalize(vViewPosition)));
float baseOpacity = (fragFlags & 16) != 0 ? ${FADED_OPACITY.toFixed(2)} : xrayOpacity;
diffuseColor.a = clamp(baseOpacity * (0.45 + 1.6 * pow(1.0 - facing, 2.0)), 0.0, 1.0);
`;

const fragmentGlow = /* glsl */ `
if (partSelected) totalEmissiveRadiance += vPartColor * 0.32;
if (partHovered) totalEmissiveRadiance += vec3(0.05);
`;

const insertAfter = (source: string, chunk: string, code: string): string => {
  const include = `#include <${chunk}>`;
  if (!source.includes(include)) throw new Error(`body material: shader chunk ${chunk} not found`);
  return source.replace(include, `${include}\n${code}`);
};

/**
 * The body's material: a MeshStandardMaterial whose colour, visibility, hover and x-ray come from
 * the part-state texture (patched in with onBeforeCompile). One opaque and one translucent (x-ray)
 * pass share the texture, so the whole body draws in one call per kind, two with x-ray on.
 */
export const createBodyMaterial = (
  partStates: PartStateTexture,
  uniforms: BodyUniforms,
  xrayPass: boolean,
): MeshStandardMaterial => {
  const material = new MeshStandardMaterial({
    roughness: 0.62,
    metalness: 0,
    side: FrontSide,
    transparent: xrayPass,
    depthWrite: !xrayPass,
  });
  material.name = xrayPass ? 'body-xray' : 'body';
  material.onBeforeCompile = (shader: WebGLProgramParametersWithUniforms) => {
    shader.uniforms.partState = { value: partStates.texture };
    shader.uniforms.xrayOpacity = uniforms.xrayOpacity;
    shader.vertexShader = insertAfter(shader.vertexShader, 'common', vertexHead);
    shader.vertexShader = insertAfter(shader.vertexShader, 'begin_vertex', vertexState);
    shader.vertexShader = insertAfter(shader.vertexShader, 'project_vertex', vertexCull(xrayPass));
    shader.fragmentShader = insertAfter(shader.fragmentShader, 'common', fragmentHead);
    shader.fragmentShader = insertAfter(shader.fragmentShader, 'color_fragment', fragmentColor);
    if (xrayPass)
      shader.fragmentShader = insertAfter(
        shader.fragmentShader,
        'normal_fragment_maps',
        fragmentXray,
      );
    shader.fragmentShader = insertAfter(
      shader.fragmentShader,
      'emissivemap_fragment',
      fragmentGlow,
    );
  };
  material.customProgramCacheKey = () => (xrayPass ? 'body-xray' : 'body');
  return material;
};
