import type { ModelManifest } from '#shared/anatomy/model-manifest';

/** Licence notice that must ship with the model (a derivative of BodyParts3D, CC BY-SA 2.1 JP). */
export const attribution: ModelManifest['attribution'] = {
  text:
    'Anatomy model derived from BodyParts3D, © The Database Center for Life Science (DBCLS), ' +
    'licensed under CC BY-SA 2.1 JP (https://creativecommons.org/licenses/by-sa/2.1/jp/deed.en).',
  source: 'BodyParts3D',
  copyright: '© The Database Center for Life Science (DBCLS)',
  license: 'CC BY-SA 2.1 JP',
  licenseUrl: 'https://creativecommons.org/licenses/by-sa/2.1/jp/deed.en',
};
