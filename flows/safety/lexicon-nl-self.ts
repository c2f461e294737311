import { conceptsNl } from './concepts-nl';
import type { SafetyRule } from './lexicon';

/**
 * The Dutch rules of what a young person does to their own body or life: a medical emergency,
 * suicide, self-harm. lexicon-nl.ts holds the rest of the Dutch lexicon.
 */

/** Who or what may "not respond" without a medical emergency: a teacher, an office, an app. */
const NOT_A_BODY = 'docent|leraar|lerares|mentor|school|baas|coach|gemeente|klantenservice|app|mail|email|bericht|berichten|whatsapp|website|site|telefoon|werkgever|stage|begeleider';
/** Cuts and burns that are accidents: a kitchen, paper, a finger. */
const ACCIDENT = 'papier*|koken|kook|keuken|groente|brood|ongeluk|perongeluk|scheren|scheermes|knutsel*|kok|uien|ui|vinger|vingers|duim|aardappel*|tomaat|tomaten|fruit|inpakken|snijplank|stanleymes|dozen|oven|pan|strijkijzer|blik|blikje|blikjes';
/** Hanging up a poster or the washing is not hanging oneself. */
const HUNG_THINGS = 'poster|posters|schilderij|schilderijen|lijst|lijstje|foto|fotos|gordijn|gordijnen|kapstok|jas|jassen|was|wasgoed|plank|planken|slingers|versiering|kerstversiering|tv|spiegel|klok|vlag|lampjes|telefoon';

/** An overdose of coffee, sugar or series, or one a lesson, a report or a nurse's work names: the word, not the danger. */
const OVERDOSE_AS_A_WORD =
  'koffie|coffee|caffeine|cafeine|suiker|huiswerk|energy|redbull|monster|tiktok|netflix|theorie|ehbo|reanimatie|reanimeren|verslag|werkstuk|spreekbeurt|presentatie|documentaire|docu|film|serie|verpleegkundige|verpleegkunde|patient|patiënt|patiënten|cpr|documentary|patients';

export const selfRulesNl: readonly SafetyRule[] = [
    // No future seen: "ik zie geen toekomst meer", "не бачу себе в майбутньому", "ما شايف اي مستقبل".
    { match: 'zie|zien|heb|heeft ^geen ^toekomst', category: 'suicide', level: 'unclear' },
    // Medical emergency: pills taken, unconscious.
    { match: 'hele|alle|strip|strips|doosje|doos|pot|potje|pakje|zoveel|heleboel|handvol|handjevol|#many {pills} {swallowed}', category: 'medical' },
    // Drugged or not responding: "iets in zn drankje gekregen", "ze reageert nergens meer op".
    { match: 'iets in ^mijn|^zijn|^haar? drankje|drinken|glas', category: 'medical' },
    // A teacher or an office that does not answer is not a body that does not respond.
    { match: 'reageert|reageerde|reageren niet|nergens ^meer ^op? $', category: 'medical', level: 'unclear', unless: NOT_A_BODY },
    { match: 'reageert|reageerde|reageren niet|nergens ^meer ^op ^na', category: 'medical', unless: NOT_A_BODY },
    { match: 'krijg|krijgen|kreeg {me}|hem|haar niet ^meer? wakker', category: 'medical' },
    // "Een strip oxazepam op", "al mn medicijnen tegelijk": an amount or all at once is an overdose.
    { match: 'hele|alle|strip|strips|doosje|doos|pot|potje|pakje|#many {pills} ^op', category: 'medical' },
    { match: '{pills} {swallowed}? tegelijk|ineens|inene|allemaal', category: 'medical' },
    { match: 'krijg|kan|kon geen lucht|adem', category: 'medical', unless: `rennen|ren|renne|sport|sporten|conditie|hardlopen|training|trap|traplopen|${conceptsNl.laughing}` },
    { match: 'bloed|bloedt|bloeden ^heel? ^erg|^veel|^enorm', category: 'medical' },
    // The negation is the danger: "het houdt niet op met bloeden", "het bloeden stopt niet".
    { match: 'houdt|stopt niet op met bloeden', category: 'medical' },
    { match: 'bloed|bloedt|bloeden|bloeding stopt|houdt niet ^op?', category: 'medical' },
    { match: '{swallowed} hele|alle|strip|strips|doosje|doos|pot|potje|#many {pills}', category: 'medical' },
    { match: 'te ^veel {pills}|{swallowed}', category: 'medical' },
    // The bare word is a topic beside a study or a job ("zag op mn stage iemand binnenkomen na een overdosis"); an
    // overdose taken, or one's own, is not: "mn vriendin van de opleiding heeft een overdosis genomen".
    // A first-aid lesson, a report, a film or a nurse's work is let go by words of its own.
    { match: 'overdosis|overdose genomen|gehad|geslikt', category: 'medical', unless: OVERDOSE_AS_A_WORD },
    { match: 'ik ^heb|^had|^denk|^nam? ^een? overdosis|overdose', category: 'medical', unless: OVERDOSE_AS_A_WORD },
    { match: 'overdosis|overdose', category: 'medical', topic: true, unless: OVERDOSE_AS_A_WORD },
    { match: 'bewusteloos', category: 'medical' },
    { match: 'buiten ^bewustzijn', category: 'medical' },
    { match: 'ademt ^niet|^raar', category: 'medical' },
    // Too much taken, and the body shows it: "te veel gebruikt", "kan niet goed ademen na die pil", "veel pil gepakt".
    { match: 'te ^veel gebruikt|gesnoven|gespoten|geblowd|gesnoven', category: 'medical', level: 'unclear' },
    { match: 'veel|zoveel|heleboel {pills} gepakt|genomen|geslikt|ingenomen|op', category: 'medical', unless: 'apotheek|kruidvat|etos|winkel|recept|opgehaald' },
    { match: 'kan|kon|krijg ^bijna|^echt? niet ^goed|^meer|^normaal? ademen|ademhalen', category: 'medical', unless: 'rennen|ren|sport|sporten|conditie|hardlopen|training|traplopen|verkouden|verkoudheid|snot|neus|lachen|hooikoorts' },
    {
      match: 'benauwd|hartkloppingen|ademen|adem|hart|borst|duizelig|misselijk na|door|sinds|van ^die|^dat|^een|^de|^het? pil|pilletje|pillen|lijntje|lijntjes|xtc|coke|md|mdma|ghb|ballon*|drugs|wiet|joint|spul|speed|keta*|paddo*',
      category: 'medical',
      gap: 8,
    },
    { match: 'hart gaat|klopt|bonst|bonkt|racet|slaat ^zo|^heel|^echt|^super|^veel|^te? snel|tekeer|raar|over', category: 'medical', level: 'unclear', unless: 'verliefd|crush|zie|spannend|examen|toets|presentatie|date|koffie|energy|energiedrank|redbull|sport|sporten|rennen' },
    { match: 'borst|hart doet|deed ^zo|^heel|^echt|^veel|^super? pijn', category: 'medical', level: 'unclear', unless: 'sport|sporten|sportschool|gym|training|rennen|hoesten|verkouden|fitness' },
    // An allergy that closes the throat.
    { match: 'keel|tong ^wordt|^werd|^zit|^is|^gaat|^zwelt? ^helemaal? ^op? dik|dicht|opgezwollen|gezwollen|zwelt|zwellen|opzwellen', category: 'medical', unless: 'verkouden|verkoudheid|griep|keelpijn|amandelen|ontsteking|ontstoken' },
    { match: 'anafylact*|anafylaxie|epipen', category: 'medical', unless: 'altijd|draag|baan|carry|always|job|dima|daima|hep|zawsze|завжди|всегда|دايما|دائما|معايا|معي|m3aya|yanimda' },
    { match: 'allergische|allergisch reactie|shock', category: 'medical', level: 'unclear', unless: 'shampoo|jeuk|huid|uitslag|creme|make|makeup' },
    // Not eating or drinking for days, and the body gives out.
    { match: 'zie sterretjes|zwart', category: 'medical', level: 'unclear', unless: 'opsta|opstaan|snel' },
    { match: 'kom|kan|kwam|kon niet ^meer? omhoog|overeind|opstaan', category: 'medical', level: 'unclear', unless: 'bank|bed|training|sport|gym|lachen|moe' },
    { match: 'hij|ze|zij ligt|lag op de grond|vloer', category: 'medical', level: 'unclear', gap: 3 },
    { match: 'dagen niks|niets|geen ^gegeten? ^en? gedronken|drinken|water', category: 'medical', level: 'unclear' },
    { match: 'bloed ^over? overgeven|overgegeven|opgegeven|ophoesten|opgehoest|gespuugd|spugen|kotsen|gekotst|braken|gebraakt', category: 'medical' },
    { match: 'overgeven|overgegeven|spugen|gespuugd|kotsen|gekotst|braken|gebraakt ^van? bloed', category: 'medical' },
    // A blow to the head, then vomiting: concussion.
    { match: 'hoofd gestoten|geraakt|gevallen|geklapt overgeven|kotsen|spugen|braken|duizelig|misselijk|verward', category: 'medical', gap: 8 },
    { match: 'blauwe|paarse lippen|lip', category: 'medical', unless: 'kou|koud|zwemmen|zwembad|winter|vriezen|ijs|lipstick|lippenstift' },
    { match: 'lippen|lip ^zijn|^worden|^werden|^gaan|^worde? blauw|paars', category: 'medical', unless: 'kou|koud|zwemmen|zwembad|winter|vriezen|ijs|lipstick|lippenstift' },
    { match: 'niet aanspreekbaar', category: 'medical' },
    { match: 'onaanspreekbaar', category: 'medical' },

    // Suicide.
    { match: 'wil|wens|hoop dood|doodgaan|sterven|overlijden', category: 'suicide' },
    { match: 'dood|sterven ^wil', category: 'suicide' },
    // "Die toets was echt zelfmoord": a figure of speech about a test or a training.
    {
      match: 'zelfmoord*|zelfdoding|suicid*|suicide*|suicidaal',
      category: 'suicide',
      topic: true,
      unless: 'toets|toetsen|wiskundetoets|proefwerk|examen|tentamen|training|rooster|huiswerk|opdracht|les|lessen',
    },
    { match: 'aan zelfmoord*|zelfdoding gedacht|denken|denk', category: 'suicide' },
    { match: 'denk|dacht|plegen|pleeg|wil|ga zelfmoord*|zelfdoding|suicid*', category: 'suicide' },
    { match: 'zelfmoordgedachte*|suicidaal', category: 'suicide' },
    { match: 'wil niet ^meer? leven|bestaan|wakker', category: 'suicide' },
    { match: 'wil er niet ^meer zijn|bestaan', category: 'suicide' },
    { match: 'niet|nooit ^meer? wakker ^worden', category: 'suicide' },
    { match: 'beter als|wanneer dood', category: 'suicide' },
    // Wishing to be dead: "k zou het liefst dood zijn", "was ik maar dood".
    { match: 'liefst ^maar? dood', category: 'suicide' },
    { match: 'was|ware ^ik ^maar dood', category: 'suicide' },
    // Saying goodbye: "ik ben er morgen toch niet meer".
    { match: 'ben er morgen|straks|binnenkort|toch ^toch? niet meer', category: 'suicide' },
    { match: 'zin sterven|dood', category: 'suicide' },
    { match: 'wil|hoop|wens niet ^meer? wakker', category: 'suicide' },
    { match: 'geen zin ^meer? in? leven', category: 'suicide' },
    { match: 'zie niet ^meer zitten', category: 'suicide' },
    // "Er een eind aan maken" is about life; "een eind aan mn schulden maken" is not.
    { match: 'einde|eind ^aan ^te? ^maken|^make|^maakt|^maak', category: 'suicide' },
    { match: 'einde|eind ^maken? ^aan alles|leven', category: 'suicide' },
    { match: 'einde|eind ^aan ^mijn? ^het? leven', category: 'suicide' },
    { match: 'leven beeindig*|beindig*|nemen', category: 'suicide' },
    { match: 'beter af zonder ^mij|^me', category: 'suicide' },
    { match: 'iedereen|allemaal beter af als ik weg|dood', category: 'suicide' },
    { match: 'niemand zou|gaat {me} missen', category: 'suicide' },
    { match: 'dak|trein|brug|flat|balkon|raam springen|spring|springt', category: 'suicide' },
    { match: 'spring|springen voor|van|uit trein|dak|brug|flat|balkon|raam', category: 'suicide' },
    // "Me ophangen" is suicide; "me ophangen aan een nieuwe baan" is fixing on something, unless it is a rope or a beam.
    { match: '{me} ophang* $', category: 'suicide', unless: HUNG_THINGS },
    { match: '{me} ophang* ^in|^op|^bij|^vannacht|^vanavond|^morgen|^straks|^thuis', category: 'suicide', unless: HUNG_THINGS },
    { match: '{me} ophang* ^aan ^een|^de|^het|^mijn? touw|boom|balk|plafond|zolder|riem|kabel|haak|trapleuning|lamp|brug|leiding|sjaal|kast', category: 'suicide' },
    { match: '{me} op ^te? ^hangen', category: 'suicide' },
    { match: '{me} ^van ^kant', category: 'suicide' },
    { match: '{self} doden|doodmaken|vermoorden|ombrengen|afmaken|dood|ophangen|verhangen|verdrinken|vergiftigen', category: 'suicide' },
    // Ways of stopping with life, whatever the verb: "ik kap ermee met leven", "geen reden om te leven".
    { match: 'kap|kappen|stop|stoppen ^ermee? met ^het? leven', category: 'suicide' },
    { match: 'geen reden|doel|nut ^meer? ^om? ^te? leven', category: 'suicide' },
    // Looking for a way: "snelste manier om dood te gaan", "hoeveel pillen om dood te gaan".
    { match: 'manier|manieren|hoeveel|nodig|pijnloos|snelste om? ^dood|^sterven|^zelfmoord', category: 'suicide', gap: 5 },
    { match: 'stopt|stoppen|ophoudt|ophouden|slapen|verdwijnen voor ^altijd $', category: 'suicide' },
    { match: 'ik ga ^nu? springen $', category: 'suicide' },
    { match: 'mes|mesje|scheermes*|touw|pillen klaar|klaarliggen|klaargelegd|klaarleggen', category: 'suicide', unless: 'taart|koken|kook|keuken|brood|groente|eten|verjaardag|feest' },
    { match: 'voor|onder ^de? trein|metro|tram|vrachtwagen|auto liggen|springen|lopen|gooien|staan|stappen', category: 'suicide' },
    { match: 'touw gekocht|gehaald|klaar|klaarliggen|opgehangen', category: 'suicide' },
    { match: 'levensmoe|doodswens', category: 'suicide' },
    { match: 'leven zat|beu', category: 'suicide' },
    { match: 'leven geen zin|nut', category: 'suicide' },
    { match: 'afscheidsbrief|afscheidsbrieven', category: 'suicide', unless: conceptsNl.workmates },
    { match: 'als ik er niet meer ben|was|zou|zijn', category: 'suicide', gap: 1 },
    // "Woensdag is goed, als ik er dan nog ben": whether one will still be there by an appointment.
    { match: 'als|of ik er ^dan? nog ben|zijn', category: 'suicide', level: 'unclear', gap: 1 },
    // Nobody looks up when a freight train passes: a plan.
    { match: 'goederentrein*', category: 'suicide', topic: true },
    // A goodbye, then silence (the thanks and the praise only beside another worry: they end many a chat): "bedankt voor alles, je was de beste", "het lag niet aan jou", "ze neemt niet meer op".
    { match: 'bedankt|dank|bedank voor alles', category: 'suicide', level: 'unclear', alongside: true, unless: 'jullie|geholpen|hulp|gesprek|info|tips|advies|uitleg' },
    { match: 'iedereen bedankt|bedanken|bedankte', category: 'suicide', level: 'unclear', alongside: true },
    { match: 'sorry dat ik jullie|je|uw tijd verspild|verspil|verdaan|verdoe', category: 'suicide', level: 'unclear', alongside: true },
    { match: 'je|jij was|bent de ^aller? beste $', category: 'suicide', level: 'unclear', alongside: true },
    { match: 'niet aan jou|haar|hem|jullie lag|ligt', category: 'suicide', level: 'unclear' },
    { match: 'neemt|nam ^ze|^hij niet ^meer? op', category: 'suicide', level: 'unclear' },
    { match: 'zodat iemand voor haar|hem|ze zorgt|zorgen', category: 'suicide', level: 'unclear' },
    { match: 'is|was genoeg geweest $', category: 'suicide', level: 'unclear' },
    { match: 'kat|hond|huisdier|konijn|cavia|katten weggegeven|ondergebracht', category: 'suicide', level: 'unclear', gap: 5 },
    { match: 'er geweest bent|ben|zijn', category: 'threat', level: 'unclear' },
    // On the edge: "ik zit op de rand van het dak", "ik heb de moed niet om te springen".
    { match: 'zit|sta|zat|stond|zitten|staan op ^de? reling|balustrade|richel', category: 'suicide' },
    { match: 'rand van ^het|^de? dak|brug|balkon|flat|gebouw|parkeergarage|viaduct', category: 'suicide' },
    { match: 'moed|durf ^om? ^te? springen|loslaten|los', category: 'suicide', gap: 4 },
    { match: 'durf ^het? niet ^te? springen', category: 'suicide' },
    { match: 'zit|sta|zat|stond op ^het|^de? dak|brug|spoor|rails', category: 'suicide', level: 'unclear' },

    // Self-harm.
    { match: 'mezelf snij*|gesneden|sneed|kras*|gekrast|brand|gebrand|verbrand|pijn|beschadig*|slaan', category: 'self_harm', unless: ACCIDENT },
    { match: 'me|mij gesneden|gekrast|snij|kras|gebrand', category: 'self_harm', unless: ACCIDENT },
    // Told as a habit: "snijden is het enige wat helpt", "wil stoppen met krassen", "nieuwe littekens".
    { match: 'snijden|krassen|kerven|cutten|branden|zelfbeschadiging ^is? ^het? enige', category: 'self_harm', unless: ACCIDENT },
    { match: 'snijden|krassen|kerven|cutten helpt|hielp|helpen|werkt', category: 'self_harm', unless: ACCIDENT },
    { match: 'stoppen|stop|ophouden|afkicken met krassen|snijden|kerven|cutten|zelfbeschadiging', category: 'self_harm', unless: `${ACCIDENT}|haar|haren|nagels|kapper|knippen` },
    { match: 'elke|iedere avond|nacht|dag ^weer? krassen|snijden|kerven|cutten', category: 'self_harm', unless: ACCIDENT },
    { match: 'nieuwe littekens|sneetjes|sneeen|snijwonden|krassen|wondjes', category: 'self_harm', unless: `${ACCIDENT}|auto|fiets|telefoon|scherm|kat|poes|hond|tafel` },
    { match: 'zijn van mezelf $', category: 'self_harm', level: 'unclear' },
    { match: 'littekens|sneetjes|snijwonden weg|wegkrijgen|verbergen|verstoppen', category: 'self_harm', level: 'unclear', unless: 'acne|puist*|pukkels|operatie|waterpokken|brandwond|ongeluk' },
    {
      match: 'brandplek*|brandwond*|sneetjes|sneeen|krassen|sigaret* op ^zijn|^haar|^mijn|^de? arm|armen|pols|polsen|been|benen|buik|dij|dijen|bovenbeen|bovenbenen|huid',
      category: 'self_harm',
      unless: 'kat|poes|hond|val|gevallen|oven|pan|strijkijzer|zon|barbecue|bbq|fiets|struik|struiken|doornen|braam|bramen',
    },
    { match: 'het zelf ^heeft? doet|gedaan|doen|deed', category: 'self_harm', level: 'unclear' },
    // Starving or purging as a punishment: "ik verdien het niet om te eten", "vingers in mn keel".
    { match: 'verdien ^het? niet|geen ^om? ^te? eten', category: 'self_harm' },
    { match: 'vinger|vingers in ^mijn? keel', category: 'self_harm' },
    { match: 'mezelf uithongeren|uitgehongerd|uithonger|straffen|straf', category: 'self_harm' },
    { match: 'eet|eten|gegeten niks|niets|geen ^eten? expres|bewust|opzettelijk|express', category: 'self_harm', gap: 5 },
    { match: 'expres|bewust|opzettelijk|express niet|niks|niets eten|eet|gegeten', category: 'self_harm', gap: 2 },
    { match: 'expres|bewust|opzettelijk|express overgeven|kotsen|spugen', category: 'self_harm' },
    { match: 'niet|niks|niets eten|eet|gegeten als straf', category: 'self_harm' },
    { match: 'snij|snijdt|kras|krast|brand|brandt|prik|prikt|bijt|verbrand ^{self}|^me|^mij', category: 'self_harm', unless: 'papier|koken|keuken|ongeluk|perongeluk|scheren|kok|pan|oven|strijkijzer|zon' },
    // "Ik doe mezelf wat aan", "ik ben weer aan het krassen".
    { match: 'mezelf|zichzelf iets|wat ^aan|^aandoen|^aandoet|^aandeed|^aangedaan', category: 'self_harm' },
    { match: 'krassen|sneeen|snijwonden|littekens|brandwonden van|door ^mezelf', category: 'self_harm' },
    { match: 'aan ^het krassen|snijden', category: 'self_harm', unless: 'papier|koken|kook|keuken|groente|brood|hout|kraslot|kraslotje|lot|auto|kok' },
    { match: 'arm|armen|pols|polsen|benen|bovenbenen opengehaald|opengesneden|gesneden|opengekrast', category: 'self_harm' },
    { match: 'ik ^kras', category: 'self_harm' },
    { match: 'mezelf iets ^aandoen', category: 'self_harm' },
    { match: 'snij|kras|gesneden|gekrast in ^mijn? arm|armen|benen|been|pols|polsen|huid|buik', category: 'self_harm' },
    { match: 'sla|slaan|sloeg ^mezelf', category: 'self_harm' },
    { match: 'zelfbeschadiging|zelfbescha*|zelfbeschd*|automutilatie|zelfverwonding|selfharm|cutten', category: 'self_harm', topic: true },
];
