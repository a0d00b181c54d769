/** Documents of the demo library, written for Senim: news, a textbook excerpt, statements. */
export const DEMO_DOCUMENTS: {
  title: string;
  text: string;
  language: 'kk' | 'ru' | 'en';
  type: string;
  date: string;
  author?: string;
  visibility: 'public' | 'members' | 'secretariat';
  by: 'officer' | 'focal.kaz';
}[] = [
  {
    title: 'АӨСШК сыртқы істер министрлерінің кеңесі Астанада өтті',
    language: 'kk',
    type: 'news',
    date: '2024-09-12',
    visibility: 'public',
    by: 'officer',
    text: [
      'АӨСШК-ға мүше мемлекеттердің сыртқы істер министрлері 2024 жылғы 12 қыркүйекте Астанада бас қосты.',
      'Кездесуде Қазақстан мен Қытай өңірлік қауіпсіздік мәселелерін талқылады.',
      'Әзірбайжан делегациясы сенім шараларының каталогын жаңарту туралы ұсыныс жасады.',
      'Министрлер терроризмге және есірткі саудасына қарсы ынтымақтастықты күшейтуге келісті.',
    ].join('\n'),
  },
  {
    title: 'Азиядағы қауіпсіздік: оқулық тарауы',
    language: 'kk',
    type: 'textbook',
    date: '2023',
    visibility: 'public',
    by: 'focal.kaz',
    // Scanned and recognised: look-alike letters, lost hyphens and к/қ confusions kept as they came.
    text: [
      'Кеңес идеясын Қазақстан Президенті 1992 жылғы 5 қазанда БҰҰ Бас Ассамблеясының 47-сессиясында ұсынды.',
      'Алғашқы саммит 2002 жылы Алматыда өтіп, онда Алматы актісі кабылданды.',
      'ШЫҰның және ҰҚШҰның өкілдері Кеңестің жұмысына бакылаушы ретінде катысады.',
      'Əлемдік кауіпсіздік мемлекеттердің өзара сеніміне негізделеді.',
    ].join('\n'),
  },
  {
    title: 'Заявление о мерах доверия в Азии',
    language: 'ru',
    type: 'statement',
    date: '2025-03-20',
    author: 'KAZ',
    visibility: 'public',
    by: 'focal.kaz',
    text: [
      'Республика Казахстан подтверждает приверженность мерам доверия СВМДА.',
      'Безопасность государств Азии неделима, а сотрудничество в борьбе с терроризмом и наркотиками остаётся приоритетом.',
      'Казахстан и Турция предложили совместные мероприятия в экономическом измерении.',
    ].join('\n'),
  },
  {
    title: 'Briefing note on nuclear weapons and the Semipalatinsk legacy',
    language: 'en',
    type: 'article',
    date: '2024',
    visibility: 'members',
    by: 'officer',
    text: [
      'Kazakhstan closed the Semipalatinsk nuclear test site in 1991 and gave up the nuclear weapons left on its territory.',
      'CICA member states support a world free of nuclear weapons and closer cooperation on non-proliferation.',
    ].join('\n'),
  },
];
