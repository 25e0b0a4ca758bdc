/** Funding calculator (placeholder until the feature lands in this session). */
import type { ApiClient } from '../../api/client';

export default function FundingPage(_props: { client: ApiClient }) {
  return (
    <main>
      <h1>Bekostiging berekenen</h1>
    </main>
  );
}
