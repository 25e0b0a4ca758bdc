import { describe, expect, it } from 'vitest';
import { MessageReaderSession, centsToEuros, isValidBsn, type MessageItem, type MessageProblem } from './message-reader';

const WMO = (n: string) => `http://www.istandaarden.nl/iwmo/3_2/wmo${n}/schema`;
const BASIS = 'http://www.istandaarden.nl/iwmo/3_2/basisschema/schema';

/** A FICTIONAL message in the default namespace (no prefix at all): the reader matches on namespace, never on prefix. */
function message(n: string, code: string, body: string, header = ''): string {
  return `<?xml version="1.0"?>
<!-- FICTIEF -->
<Bericht xmlns="${WMO(n)}" xmlns:x="${BASIS}">
  <Header><BerichtCode>${code}</BerichtCode><BerichtVersie>3</BerichtVersie><BerichtSubversie>2</BerichtSubversie>
    <Afzender>${n === '301' ? '0983' : '98100001'}</Afzender><Ontvanger>${n === '301' ? '98100001' : '0983'}</Ontvanger>
    <BerichtIdentificatie><x:Identificatie>T-1</x:Identificatie><x:Dagtekening>2022-03-01</x:Dagtekening></BerichtIdentificatie>${header}</Header>
  ${body}
</Bericht>`;
}

function read(text: string, chunk = text.length) {
  const items: MessageItem[] = [];
  const problems: MessageProblem[] = [];
  const session = new MessageReaderSession({ item: (i) => items.push(i), problem: (p) => problems.push(p) }, { salt: 'test' });
  const reader = session.open('t.xml');
  for (let i = 0; i < text.length; i += chunk) reader.write(text.slice(i, i + chunk));
  reader.close();
  return { items, problems, stats: session.stats };
}

const allocation = (nr: string, extra = '') =>
  `<ToegewezenProduct><ToewijzingNummer>${nr}</ToewijzingNummer><Product><Categorie>02</Categorie><Code>02A11</Code></Product>
   <Toewijzingsdatum>2022-03-01</Toewijzingsdatum><Ingangsdatum>2022-03-01</Ingangsdatum>${extra}</ToegewezenProduct>`;

describe('the iWmo/iJw message reader', () => {
  it('turns eurocents into decimal strings and checks BSNs with the elfproef', () => {
    expect(centsToEuros('123456')).toBe('1234.56');
    expect(centsToEuros('5')).toBe('0.05');
    expect(centsToEuros('0')).toBe('0.00');
    expect(isValidBsn('999990019')).toBe(true);
    expect(isValidBsn('123456789')).toBe(false);
  });

  it('reads the same items whatever the chunk size (streaming), without a prefix', () => {
    const text = message(
      '301',
      '414',
      `<Client><Bsn>999990019</Bsn><ToegewezenProducten>${allocation('1', '<Budget>150050</Budget>')}${allocation('2')}</ToegewezenProducten></Client>`,
    );
    const whole = read(text);
    const bytes = read(text, 7);
    expect(whole.problems).toEqual([]);
    expect(whole.items).toHaveLength(2);
    expect(bytes.items).toEqual(whole.items);
    const first = whole.items[0];
    expect(first).toMatchObject({ soort: 'toewijzing', toewijzingNummer: '1', budget: '1500.50', product: { categorie: '02', code: '02A11' } });
    expect(JSON.stringify(whole.items)).not.toContain('999990019');
  });

  it('skips an element in a foreign namespace with its place, and reads the rest', () => {
    const text = message(
      '301',
      '414',
      `<Client xmlns:z="http://example.org/z"><Bsn>999990019</Bsn><z:Extra>x</z:Extra><ToegewezenProducten>${allocation('1')}</ToegewezenProducten></Client>`,
    );
    const { items, problems } = read(text);
    expect(items).toHaveLength(1);
    expect(problems).toMatchObject([{ code: 'NAMESPACE_ONBEKEND', path: '/Bericht/Client[1]/Extra' }]);
  });

  it('refuses a version other than 3.2 and an iJw BerichtCode in an iWmo message', () => {
    const version = read(message('301', '414', '').replace('<BerichtSubversie>2<', '<BerichtSubversie>1<'));
    expect(version.problems.map((p) => p.code)).toEqual(['VERSIE_ONJUIST']);
    expect(version.stats.berichtenOvergeslagen).toBe(1);
    const code = read(message('305', '438', ''));
    expect(code.problems[0]).toMatchObject({ code: 'BERICHTCODE_ONJUIST', path: '/Bericht/Header/BerichtCode' });
  });

  it('reads 315 requests and the three parts of a 317 change request', () => {
    const product = (tag: string) =>
      `<${tag}><Product><x:Categorie>02</x:Categorie><x:Code>02A11</x:Code></Product><Ingangsdatum>2022-04-01</Ingangsdatum><Einddatum>2022-09-30</Einddatum>
        <Omvang><x:Volume>3</x:Volume><x:Eenheid>04</x:Eenheid><x:Frequentie>2</x:Frequentie></Omvang></${tag}>`;
    const r315 = read(
      message('315', '444', `<Client><Bsn>999990019</Bsn><AangevraagdeProducten>${product('AangevraagdProduct')}</AangevraagdeProducten></Client>`),
    );
    expect(r315.problems).toEqual([]);
    expect(r315.items[0]).toMatchObject({ soort: 'verzoek', wijziging: 'aanvraag', omvang: { volume: 3, eenheid: '04', frequentie: '2' } });
    const r317 = read(
      message(
        '317',
        '480',
        `<Client><Bsn>999990019</Bsn><Verzoek><OngewijzigdeProducten>${product('OngewijzigdProduct')}</OngewijzigdeProducten><NieuweProducten>${product('NieuwProduct')}</NieuweProducten></Verzoek></Client>`,
      ),
    );
    expect(r317.items.map((i) => (i as { wijziging: string }).wijziging)).toEqual(['ongewijzigd', 'nieuw']);
  });

  it('an unknown reden beëindiging skips that stop and names the code list', () => {
    const stop = (reden: string) =>
      `<StopProduct><ToewijzingNummer>1</ToewijzingNummer><ToewijzingIngangsdatum>2022-01-01</ToewijzingIngangsdatum><Einddatum>2022-06-30</Einddatum><RedenBeeindiging>${reden}</RedenBeeindiging><StatusAanlevering>1</StatusAanlevering></StopProduct>`;
    const { items, problems } = read(message('307', '420', `<Client><Bsn>999990019</Bsn><StopProducten>${stop('99')}${stop('31')}</StopProducten></Client>`));
    expect(items).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'CODE_ONBEKEND', path: '/Bericht/Client[1]/StopProducten/StopProduct[1]/RedenBeeindiging' });
    expect(problems[0].message).toContain('RedenBeeindiging');
  });
});
