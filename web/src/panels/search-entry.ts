/** One searchable thing in the muscle browser: a muscle, a group of muscles, or a region. */
export interface SearchEntry {
  readonly kind: 'muscle' | 'group' | 'region';
  readonly id: string;
  readonly name: string;
  readonly synonyms: readonly string[];
  readonly nicknames: readonly string[];
  /** Names of the groups a muscle belongs to. */
  readonly groups: readonly string[];
  readonly region: string;
  /** False for a muscle the 3D model does not have. */
  readonly hasMesh: boolean;
  /** Muscles it stands for (itself, a group's members, a region's muscles). */
  readonly muscleIds: readonly string[];
}
