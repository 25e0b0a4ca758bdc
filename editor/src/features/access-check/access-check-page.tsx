/** Access check form for access workers (placeholder until the feature lands in this session). */
import type { ApiClient } from '../../api/client';

export default function AccessCheckPage(_props: { client: ApiClient }) {
  return (
    <main>
      <h1>Toegangscheck</h1>
    </main>
  );
}
