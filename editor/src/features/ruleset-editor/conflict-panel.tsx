/** After a 412 on save: what the server's draft holds that differs from the text in the editor (which stays as it is). */
import { describeRuleSetChanges } from '../../../../engine/src/policy';

export interface ConflictPanelProps {
  /** The draft as the server has it now. */
  server: unknown;
  /** The editor's text, parsed (undefined while it is not valid JSON). */
  mine: unknown;
}

export function ConflictPanel({ server, mine }: ConflictPanelProps) {
  const changes = mine === undefined ? [] : describeRuleSetChanges(server, mine);
  return (
    <section className="conflict" aria-label="Conflict bij opslaan">
      <h2>Iemand anders heeft dit concept intussen opgeslagen</h2>
      <p>Uw tekst staat nog in de editor; er is niets verloren. Neem over wat u van de serverversie wilt houden en sla opnieuw op.</p>
      {changes.length > 0 ? (
        <>
          <h3>Uw tekst ten opzichte van de serverversie</h3>
          <ul>
            {changes.map((c) => (
              <li key={`${c.pointer} ${c.text}`}>{c.text}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>{mine === undefined ? 'Uw tekst is nu geen geldige JSON; de verschillen volgen zodra hij dat weer is.' : 'Inhoudelijk zijn er geen verschillen.'}</p>
      )}
      <details>
        <summary>Serverversie (JSON)</summary>
        <pre>{JSON.stringify(server, null, 2)}</pre>
      </details>
    </section>
  );
}
