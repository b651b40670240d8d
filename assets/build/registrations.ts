/**
 * Registrations for the BodyParts3D files that are not in the body frame.
 *
 * Eight files of the source set (Ethmoid, Sacrum, Mandible, Vomer, Manubrium, Diaphragm, Atlas,
 * Axis) are about 28.7 times too small and sit between the feet (y 29 to 56 mm); no single
 * transform lines them all up. Each one gets its own, applied to its vertex data in millimetres
 * before simplification:
 *
 * 1. scale by `scale` about the part's own bounding-box centre (the pivot);
 * 2. move that centre to the centre of the joint bounding box of its `landmark` parts (in-frame
 *    neighbours, by FMA id) plus `offset` (mm, +X the body's left, +Y up, +Z anterior).
 *
 * The landmark is a neighbouring structure; the offsets were tuned by rendering sections through
 * each region with the neighbours (joint surfaces meeting: manubrium on the body of sternum and
 * under the clavicles, atlas under the occipital condyles around the dens, axis on C3, sacrum on
 * the L5 disc between the sacro-iliac surfaces, diaphragm inside the lower ribs with its crura on
 * the lumbar bodies, ethmoid between the orbits, vomer on the palate, mandible condyles under the
 * temporal fossae). The build checks each result: the registered box must intersect the box of
 * every part in `mustTouch`, or the part is excluded with the reason in the manifest.
 *
 * A registration applies only to a file that is out of frame (see `isOutOfFrame`): a source whose
 * files are all in the body frame passes through unchanged.
 */
export interface Registration {
  readonly fma: string;
  readonly label: string;
  /** Uniform scale about the part's bounding-box centre. */
  readonly scale: number;
  readonly landmark: {
    /** The anatomical landmark, in words (recorded in the manifest). */
    readonly description: string;
    /** In-frame parts whose joint bounding-box centre is the reference point. */
    readonly fmas: readonly string[];
  };
  /** Where the registered centre goes, relative to the reference point, in millimetres. */
  readonly offset: readonly [number, number, number];
  /** In-frame parts whose bounding boxes the registered part must intersect. */
  readonly mustTouch: readonly string[];
}

/** The ratio measured between these files and the body frame. */
export const OUT_OF_FRAME_SCALE = 28.7;

const RIBS = [
  // Right first to twelfth rib.
  '7857',
  '7882',
  '7909',
  '7957',
  '8066',
  '8175',
  '8229',
  '8283',
  '8364',
  '8445',
  '8531',
  '8533',
  // Left first to twelfth rib.
  '7987',
  '8012',
  '8039',
  '8148',
  '8093',
  '8202',
  '8256',
  '8310',
  '8391',
  '8472',
  '8532',
  '8534',
];

export const registrations: readonly Registration[] = [
  {
    fma: '52740',
    label: 'Ethmoid',
    scale: OUT_OF_FRAME_SCALE,
    landmark: {
      description: 'between the orbits: centred on the lacrimal bones, slightly behind them',
      fmas: ['53645', '53646'],
    },
    offset: [0, 2, -7.5],
    // Frontal bone, sphenoid, right and left lacrimal bones.
    mustTouch: ['52734', '52736', '53645', '53646'],
  },
  {
    fma: '9710',
    label: 'Vomer',
    scale: OUT_OF_FRAME_SCALE,
    landmark: {
      description: 'nasal septum: on the hard palate, on the midline between the maxillae',
      fmas: ['53649', '53650'],
    },
    offset: [0, -5, -8],
    // Sphenoid, right and left palatine bones, right and left maxillae.
    mustTouch: ['52736', '53655', '53656', '53649', '53650'],
  },
  {
    fma: '52748',
    label: 'Mandible',
    scale: OUT_OF_FRAME_SCALE,
    landmark: {
      description: 'under the maxillae, condyles under the temporal fossae',
      fmas: ['53649', '53650'],
    },
    offset: [0, -36.5, -17],
    // Right and left maxillae, right and left temporal bones, hyoid.
    mustTouch: ['53649', '53650', '52738', '52739', '52749'],
  },
  {
    fma: '12519',
    label: 'Atlas',
    scale: OUT_OF_FRAME_SCALE,
    landmark: {
      description: 'under the occipital condyles, above the third cervical vertebra',
      fmas: ['12521'],
    },
    offset: [0, 35, 8],
    // Occipital bone.
    mustTouch: ['52735'],
  },
  {
    fma: '12520',
    label: 'Axis',
    scale: OUT_OF_FRAME_SCALE,
    landmark: {
      description: 'on the intervertebral disk above the third cervical vertebra',
      fmas: ['12521'],
    },
    offset: [0, 24, 3.5],
    // Third cervical vertebra, intervertebral disk of axis.
    mustTouch: ['12521', '25058'],
  },
  {
    fma: '7486',
    label: 'Manubrium',
    scale: OUT_OF_FRAME_SCALE,
    landmark: {
      description: 'above the body of sternum, between the clavicles and first costal cartilages',
      fmas: ['7487'],
    },
    offset: [0, 76, -30.5],
    // Body of sternum, right and left clavicles, right and left first costal cartilages.
    mustTouch: ['7487', '13322', '13323', '7875', '8005'],
  },
  {
    fma: '13295',
    label: 'Diaphragm',
    scale: OUT_OF_FRAME_SCALE,
    landmark: {
      description: 'under the rib cage: domes inside the lower ribs, crura on L1 and L2',
      fmas: RIBS,
    },
    offset: [0, -95.5, 19],
    // Body of sternum, first and second lumbar vertebrae, right and left twelfth ribs.
    mustTouch: ['7487', '13072', '13073', '8533', '8534'],
  },
  {
    fma: '16202',
    label: 'Sacrum',
    scale: OUT_OF_FRAME_SCALE,
    landmark: {
      description: 'between the two hip bones, under the fifth lumbar intervertebral disk',
      fmas: ['16586', '16587'],
    },
    offset: [0, -14, -21],
    // Right and left hip bones, intervertebral disk of fifth lumbar vertebra.
    mustTouch: ['16586', '16587', '16037'],
  },
];
