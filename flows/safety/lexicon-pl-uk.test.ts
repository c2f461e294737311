import type { SafetyCategory } from './safety-types';
import { describeVocabulary } from './vocabulary.test-support';

/**
 * Polish and Ukrainian/Russian danger told the ways the blind batches showed the rules missing it: by
 * its tools and habits, by the body, by being followed or put out. Written in other words than the
 * batches, so a rule that only fits one sentence fails here.
 */
const danger: readonly [string, 'pl' | 'uk', SafetyCategory][] = [
  ['od tygodnia odkładam prochy do szuflady, prawie mam dość', 'pl', 'suicide'],
  ['chciałbym usnąć i się już nie obudzić', 'pl', 'suicide'],
  ['nikt nawet nie zauważy kiedy mnie zabraknie', 'pl', 'suicide'],
  ['znowu rozkręciłem maszynkę do golenia', 'pl', 'self_harm'],
  ['przypalam sobie rękę papierosem jak jest źle', 'pl', 'self_harm'],
  ['ciągle głodzę się, bo na jedzenie nie zasługuję', 'pl', 'self_harm'],
  ['brat się chyba przećpał, leży i ledwo oddycha', 'pl', 'medical'],
  ['ma drgawki po tych dopalaczach i nie kontaktuje', 'pl', 'medical'],
  ['nie może złapać tchu po tym proszku', 'pl', 'medical'],
  ['sąsiad wsadził mi rękę pod spódnicę w windzie', 'pl', 'sexual_violence'],
  ['szef mówi że mogę odpracować dług w łóżku', 'pl', 'sexual_violence'],
  ['ojczym złamał mi nos w zeszłym tygodniu', 'pl', 'violence_home'],
  ['jak czegoś nie zrobię od razu leci do mnie z pięściami', 'pl', 'violence_home'],
  ['jakiś typ za mną łazi od przystanku', 'pl', 'threat'],
  ['piszą mi że zdechniesz zanim skończysz szkołę', 'pl', 'threat'],
  ['wiemy gdzie śpisz, napisali mi wczoraj', 'pl', 'threat'],
  ['matka kazała mi się wynosić z chaty', 'pl', 'homeless_runaway'],
  ['jeżdżę nocnym autobusem do rana bo nie mam dokąd pójść', 'pl', 'homeless_runaway'],
  ['коли мене не стане, хоч не буде проблем', 'uk', 'suicide'],
  ['я б вже давно це зробив, якби не мама', 'uk', 'suicide'],
  ['це моє останнє повідомлення, пробачте за все', 'uk', 'suicide'],
  ['знову порізалась, пів року трималась', 'uk', 'self_harm'],
  ['гашу сигарети об руку коли погано', 'uk', 'self_harm'],
  ['брат випив рідину для чистки труб', 'uk', 'medical'],
  ['після того порошку дихаю дуже часто і руки німіють', 'uk', 'medical'],
  ['власниця квартири каже що можна розплатитися натурою', 'uk', 'sexual_violence'],
  ['начальник хапає мене за дупу на складі', 'uk', 'sexual_violence'],
  ['вітчим вибив мені зуб', 'uk', 'violence_home'],
  ['отчим кидается на меня с кулаками', 'uk', 'violence_home'],
  ['якийсь тип ходить за мною від метро', 'uk', 'threat'],
  ['сказали що мамі буде погано, якщо я піду в поліцію', 'uk', 'threat'],
  ['ночую в пральні, бо більше ніде', 'uk', 'homeless_runaway'],
  ['мені нікуди йти, хазяйка виставила речі', 'uk', 'homeless_runaway'],
];

/** Everyday messages that only look like danger: no rule may alarm or ask (the learned reading is judged apart). */
const everyday: readonly [string, 'pl' | 'uk'][] = [
  ['przespałam cały dzień po nocnej zmianie', 'pl'],
  // A town warden's or the tax office's threat is a fine, a car towed: no danger to the young person.
  ['straż miejska grozi że odholują mi samochód spod bloku', 'pl'],
  ['податкова погрожує штрафом якщо не заплачу до пʼятниці', 'uk'],
  ['zmienili zamki w szkole po włamaniu', 'pl'],
  ['siedzę na balkonie i piję kawę', 'pl'],
  ['wyrzucają mnie z grupy na messengerze haha', 'pl'],
  ['w grze jesteś trupem jak nie zbierzesz tarczy', 'pl'],
  ['mam padaczkę od dziecka, biorę leki i jest ok', 'pl'],
  ['nagrałam filmik jak kot spada z kanapy', 'pl'],
  ['mama kazała mi się wynosić z kuchni bo gotuje', 'pl'],
  ['krew z nosa leci i nie chce przestać od 2 minut', 'pl'],
  ['ktoś za mną idzie w kolejce do kasy', 'pl'],
  ['будуть бити пенальті в кінці матчу', 'uk'],
  ['ходить за мною кіт весь день', 'uk'],
  ['не дихає носом, нежить', 'uk'],
  ['поміняли замки в під\'їзді', 'uk'],
  ['мама мене вб\'є, я знову запізнилась хаха', 'uk'],
  ['у мене епілепсія, але я п\'ю ліки, вже рік без нападів', 'uk'],
  ['живу на вулиці Шевченка біля парку', 'uk'],
  ['я тут ненадовго, у відпустці на тиждень', 'uk'],
  ['тато поміняв замок на гаражі', 'uk'],
  ['забула зарядку, мама мене вбʼє ахах', 'uk'],
];

describeVocabulary('Polish and Ukrainian/Russian vocabulary', danger, everyday);
