/** English sentences for the corpus: the project's own templates. */
import type { ConceptKind } from './concepts.js';
import type { DocumentType } from './document.js';

export interface EnPen {
  state(): string;
  other(): string;
  org(): string;
  topic(): string;
  year(): number;
  city(): string;
  count(): number;
}

type Line = (p: EnPen) => string;
type ConceptLine = (p: EnPen, c: string) => string;

export const EN_LINES: readonly Line[] = [
  (p) =>
    `${p.state()} and ${p.other()} signed an agreement to strengthen cooperation in ${p.topic()}.`,
  (p) =>
    `The parties discussed current issues of ${p.topic()} and agreed to continue joint work within ${p.org()}.`,
  (p) => `The Foreign Minister of ${p.state()} addressed the ${p.year()} meeting of ${p.org()}.`,
  (p) => `The meeting paid particular attention to the development of ${p.topic()}.`,
  (p) =>
    `Member states confirmed their intention to continue exchanging experience in ${p.topic()}.`,
  (p) => `In ${p.year()} ${p.state()} adopted a national action plan on ${p.topic()}.`,
  (p) => `The report describes the results ${p.state()} has achieved in ${p.topic()}.`,
  (p) =>
    `Delegations commended the role of ${p.org()} as a clearing house for information on confidence-building measures.`,
  () =>
    'Confidence-building measures are implemented voluntarily and decisions are taken by consensus.',
  (p) => `${p.state()} declared its support for joint projects related to ${p.topic()}.`,
  (p) =>
    `Experts and diplomats from ${p.count()} states took part in the seminar held in ${p.city()}.`,
  () =>
    'Each December the Senior Officials Committee approves the annual plan for the implementation of confidence-building measures.',
  (p) =>
    `The representative of ${p.state()} noted that sustainable progress in ${p.topic()} contributes to the security and stability of the whole region.`,
  (p) => `The parties stressed the importance of deepening cooperation with ${p.org()}.`,
  (p) => `In ${p.year()} ${p.state()} hosted an international conference on ${p.topic()}.`,
  () =>
    'The document reaffirms the principles of sovereignty, territorial integrity and non-interference in the internal affairs of states.',
  (p) => `${p.state()} informed ${p.org()} of its national experience in ${p.topic()}.`,
  (p) =>
    `It was proposed to convene an experts meeting on improving ${p.topic()} at the next stage.`,
  () => 'Strengthening mutual trust among states is the foundation of peace and stability in Asia.',
  (p) =>
    `The Government of ${p.state()} has drafted a national concept to use new opportunities in ${p.topic()}.`,
  (p) =>
    `The Secretariat compiled the proposals received from ${p.state()} and circulated them to member states.`,
  (p) => `Decisions of ${p.org()} are taken by consensus, with the agreement of all member states.`,
  (p) => `Following the meeting, a joint statement on ${p.topic()} was adopted.`,
  (p) =>
    `${p.state()} reaffirmed its support for the open and inclusive character of regional cooperation.`,
  (p) => `According to experts, the potential of ${p.topic()} is not yet fully used.`,
  (p) =>
    `Since ${p.year()} ${p.state()} has chaired the interagency working group on ${p.topic()}.`,
];

const ISSUE: readonly ConceptLine[] = [
  (p, c) => `${p.state()} approved a national programme for the prevention of ${c}.`,
  (_, c) => `The parties agreed to step up the exchange of information in countering ${c}.`,
  (_, c) => `The report examines in detail the threat that ${c} poses to regional security.`,
  (_, c) => `Questions related to ${c} were put on the agenda of the Senior Officials Committee.`,
  (_, c) => `Experts proposed to set up a joint working group on ${c}.`,
  (p, c) => `${p.state()} shared the experience it has gained in dealing with ${c}.`,
  (_, c) => `Reducing the risks arising from ${c} remains a common task of all states.`,
  (p, c) => `In ${p.year()} a regional seminar on ${c} took place.`,
  (p, c) => `The representative of ${p.state()} presented changes in national legislation on ${c}.`,
];

const ACTOR: readonly ConceptLine[] = [
  (p, c) => `The delegation of ${c} put forward proposals on ${p.topic()}.`,
  (_, c) => `Representatives of ${c} took part in the meeting.`,
  (p, c) => `${p.state()} and ${c} signed an agreement to strengthen bilateral cooperation.`,
  (_, c) => `The initiative put forward by ${c} received the support of member states.`,
  (_, c) => `The Secretariat circulated the information received from ${c}.`,
  (p, c) => `It was proposed to hold the next experts meeting in ${c} in ${p.year()}.`,
  (_, c) => `The parties described cooperation with ${c} as important for the region.`,
  (p, c) => `${p.state()} praised the experience of ${c} in ${p.topic()}.`,
];

const DOCUMENT: readonly ConceptLine[] = [
  (_, c) => `Member states reaffirmed their commitment to the provisions of the ${c}.`,
  (p, c) => `${p.state()} drew up a national plan in accordance with the ${c}.`,
  (_, c) => `The principles laid down in the ${c} remain the basis of regional cooperation.`,
  (p, c) => `In ${p.year()} a conference marked the anniversary of the adoption of the ${c}.`,
  (_, c) => `Experts discussed ways to improve the procedures set out in the ${c}.`,
  (_, c) => `The commitments arising from the ${c} are shared by all member states.`,
];

export const EN_CONCEPT_LINES: Readonly<Record<ConceptKind, readonly ConceptLine[]>> = {
  issue: ISSUE,
  actor: ACTOR,
  document: DOCUMENT,
};

export const EN_TITLES: Readonly<
  Record<DocumentType, readonly ((subject: string, p: EnPen) => string)[]>
> = {
  declaration: [
    (s) => `Declaration on ${s}`,
    (s, p) => `${p.city()} Declaration: a new stage of ${s}`,
  ],
  statement: [
    (s, p) => `Statement by the Ministry of Foreign Affairs of ${p.state()} on ${s}`,
    (s) => `Chair's statement on ${s}`,
  ],
  'national-report': [
    (s, p) => `National report of ${p.state()} for ${p.year()}: measures on ${s}`,
    (s) => `National report: confidence-building measures on ${s}`,
  ],
  news: [
    (s, p) => `${s.charAt(0).toUpperCase() + s.slice(1)} discussed in ${p.city()}`,
    (s, p) => `${p.state()} seeks wider cooperation on ${s}`,
  ],
  textbook: [
    (s, p) => `Chapter ${p.count()}. The place of ${s} in international relations`,
    (s) => `Lecture: the role of ${s} in regional security`,
  ],
};

export const EN_HEADINGS: Readonly<Record<DocumentType, readonly string[]>> = {
  declaration: ['Preamble', 'Principles', 'Commitments', 'Final provisions'],
  statement: ['Statement', 'Position', 'Proposals'],
  'national-report': [
    '1. Introduction',
    '2. National legislation',
    '3. Measures implemented',
    '4. International cooperation',
    '5. Conclusion',
  ],
  news: [],
  textbook: ['Historical overview', 'Key concepts', 'Review questions'],
};

export function enFactLine(date: string | undefined, text: string): string {
  const year = date?.slice(0, 4);
  const body = /[.!?]$/u.test(text) ? text : `${text}.`;
  return year ? `${year}: ${body}` : body;
}
