import type { AnatomyIndex } from '../state/anatomy-index';
import { musclePartPhrase } from '../state/muscle-part-phrase';
import { useViewerStore } from '../state/use-viewer-store';
import { formatAction } from './format-action';
import { musclesAttachingTo } from '#shared/anatomy/muscles-attaching-to';

export interface InfoCardProps {
  /** The catalog the card reads from. */
  anatomy: AnatomyIndex;
}

/**
 * Facts about the inspected structure: for a muscle its origin, insertion, actions and
 * innervation (and a plain "not in this 3D model" when the model has no mesh for it); for a
 * group its members; for a bone its region and the muscles attached to it. With actions to focus, isolate, hide or deselect.
 */
export function InfoCard({ anatomy }: InfoCardProps) {
  const id = useViewerStore((s) => s.scene.inspected);
  const selected = useViewerStore((s) => (id ? s.scene.selection[id] !== undefined : false));
  const isolated = useViewerStore((s) => s.scene.isolated);
  const hidden = useViewerStore((s) => (id ? s.scene.hidden[id] !== undefined : false));
  const parts = useViewerStore((s) => (id ? s.scene.selection[id]?.parts : undefined));
  if (!id) return null;
  const store = useViewerStore.getState;
  const muscle = anatomy.muscles.get(id);
  const group = anatomy.groups.get(id);
  const bone = anatomy.bones.get(id);
  const regionName = (region: string) => anatomy.regions.get(region as never)?.name ?? region;
  const close = (
    <button
      type="button"
      className="info-card__close"
      aria-label="Close details"
      onClick={() => store().inspect(null)}
    >
      ✕
    </button>
  );

  if (muscle) {
    const inModel = muscle.hasMesh && anatomy.structureParts.has(muscle.id);
    return (
      <section className="info-card" aria-labelledby="info-card-title">
        <header className="info-card__header">
          <h2 id="info-card-title">{muscle.name}</h2>
          {close}
        </header>
        <div className="info-card__tags">
          <span className="tag">{regionName(muscle.region)}</span>
          <span className="tag">{muscle.layer}</span>
          {muscle.compartment && <span className="tag">{muscle.compartment}</span>}
        </div>
        {!inModel && (
          <p className="callout" role="note">
            Not in this 3D model: the BodyParts3D data set has no mesh for the{' '}
            {muscle.name.toLowerCase()}, so nothing is highlighted.
          </p>
        )}
        {parts !== undefined && (
          <p className="info-card__part">Highlighted: its {musclePartPhrase(parts)}.</p>
        )}
        <p className="info-card__summary">{muscle.summary}</p>
        <dl className="facts">
          <dt>Origin</dt>
          <dd>{muscle.origin}</dd>
          <dt>Insertion</dt>
          <dd>{muscle.insertion}</dd>
          <dt>Actions</dt>
          <dd>
            <ul>
              {muscle.actions.map((action) => (
                <li key={`${action.joint}-${action.movement}`}>{formatAction(action)}</li>
              ))}
            </ul>
          </dd>
          <dt>Innervation</dt>
          <dd>
            {muscle.innervation}
            {muscle.roots && <span className="facts__roots"> ({muscle.roots})</span>}
          </dd>
          {muscle.bloodSupply && (
            <>
              <dt>Blood supply</dt>
              <dd>{muscle.bloodSupply}</dd>
            </>
          )}
        </dl>
        {muscle.groups.length > 0 && (
          <div className="info-card__groups">
            {muscle.groups.map((groupId) => (
              <button
                key={groupId}
                type="button"
                className="chip"
                onClick={() => store().inspect(groupId)}
              >
                {anatomy.groups.get(groupId)?.name ?? groupId}
              </button>
            ))}
          </div>
        )}
        {inModel && (
          <div className="info-card__actions">
            <button
              type="button"
              className="button button--small"
              onClick={() => store().focusOn([muscle.id])}
            >
              Focus
            </button>
            {isolated ? (
              <button
                type="button"
                className="button button--small"
                onClick={() => store().showAll()}
              >
                Show all
              </button>
            ) : (
              <button
                type="button"
                className="button button--small"
                onClick={() => store().isolate([muscle.id])}
              >
                Show only this
              </button>
            )}
            <button
              type="button"
              className="button button--small"
              onClick={() => store().setVisible([muscle.id], hidden)}
            >
              {hidden ? 'Show' : 'Hide'}
            </button>
            {selected ? (
              <button
                type="button"
                className="button button--small"
                onClick={() => store().select([muscle.id], { mode: 'remove' })}
              >
                Deselect
              </button>
            ) : (
              <button
                type="button"
                className="button button--small"
                onClick={() => store().select([muscle.id], { mode: 'add' })}
              >
                Highlight
              </button>
            )}
          </div>
        )}
      </section>
    );
  }

  if (group) {
    const members = group.muscles.map((m) => anatomy.muscles.get(m)).filter((m) => m !== undefined);
    const shown = members.filter((m) => m.hasMesh).map((m) => m.id);
    return (
      <section className="info-card" aria-labelledby="info-card-title">
        <header className="info-card__header">
          <h2 id="info-card-title">{group.name}</h2>
          {close}
        </header>
        <p className="info-card__summary">{group.description}</p>
        <ul className="info-card__members">
          {members.map((m) => (
            <li key={m.id}>
              <button type="button" className="link-button" onClick={() => store().inspect(m.id)}>
                {m.name}
              </button>
              {!m.hasMesh && <span className="tag tag--missing">not in 3D model</span>}
            </li>
          ))}
        </ul>
        {shown.length > 0 && (
          <div className="info-card__actions">
            <button
              type="button"
              className="button button--small"
              onClick={() => {
                store().select(shown);
                store().focusOn(shown);
                store().inspect(group.id);
              }}
            >
              Highlight group
            </button>
            <button
              type="button"
              className="button button--small"
              onClick={() => store().isolate(shown)}
            >
              Show only these
            </button>
          </div>
        )}
      </section>
    );
  }

  if (bone) {
    const attached = musclesAttachingTo(bone, anatomy.muscles.values());
    return (
      <section className="info-card" aria-labelledby="info-card-title">
        <header className="info-card__header">
          <h2 id="info-card-title">{bone.name}</h2>
          {close}
        </header>
        <div className="info-card__tags">
          <span className="tag">Bone</span>
          <span className="tag">{regionName(bone.region)}</span>
        </div>
        {bone.synonyms.length > 0 && (
          <p className="info-card__summary">Also called {bone.synonyms.join(', ')}.</p>
        )}
        <p className="info-card__summary">
          A bone of the {regionName(bone.region).toLowerCase()}.{' '}
          {attached.length > 0
            ? `${attached.length} muscle${attached.length === 1 ? '' : 's'} attach to it:`
            : 'No muscle in the catalog names it as an attachment.'}
        </p>
        {attached.length > 0 && (
          <ul className="info-card__members" aria-label="Muscles attached">
            {attached.map((m) => (
              <li key={m.id}>
                <button type="button" className="link-button" onClick={() => store().inspect(m.id)}>
                  {m.name}
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className="info-card__actions">
          <button
            type="button"
            className="button button--small"
            onClick={() => store().focusOn([bone.id])}
          >
            Focus
          </button>
        </div>
      </section>
    );
  }
  return null;
}
