import { Body1, Link, Title3 } from '@fluentui/react-components';

const FUNCTIONS = ['ATTAINMENT', 'STATUS', 'PAYOUT', 'CREDIT', 'EARNBACK', 'RATCHET', 'GAINSHARE', 'NETFEES', 'VOLUMEPRICE'];

export function App() {
  return (
    <main>
      <Title3 as="h1">Outcome Modeler</Title3>
      <Body1 as="p">Type =OUTCOME. in a cell to use the contract functions:</Body1>
      <ul>
        {FUNCTIONS.map((name) => (
          <li key={name}>
            <Link href={`docs/functions.html#${name.toLowerCase()}`} target="_blank">
              OUTCOME.{name}
            </Link>
          </li>
        ))}
      </ul>
    </main>
  );
}
