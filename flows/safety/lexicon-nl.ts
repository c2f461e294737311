import { conceptsNl } from './concepts-nl';
import type { SafetyLexicon } from './lexicon';
import { PLAY_WORDS } from './play-words';
import { otherRulesNl } from './lexicon-nl-others';
import { selfRulesNl } from './lexicon-nl-self';

/**
 * Dutch as young people in Amstelveen and Aalsmeer write it: "k zie t nie meer zitten", "me vader
 * slaat me", "zelmoord". Who says it does not matter: "mijn vriendin wil dood" alarms too, because
 * someone is in danger and a coach should call back. Its rules stand in lexicon-nl-self.ts and
 * lexicon-nl-others.ts.
 */
export const lexiconNl: SafetyLexicon = {
  concepts: conceptsNl,
  slang: {
    t: 'het',
    nie: 'niet',
    nt: 'niet',
    k: 'ik',
    kwil: 'ik wil',
    kben: 'ik ben',
    kzie: 'ik zie',
    kheb: 'ik heb',
    mn: 'mijn',
    mijne: 'mijn',
    gwn: 'gewoon',
    gewn: 'gewoon',
    zn: 'zijn',
    ff: 'even',
    mzelf: 'mezelf',
    mijzelf: 'mezelf',
    mezelluf: 'mezelf',
    sny: 'snij',
    snyd: 'snij',
    snijd: 'snij',
    wilt: 'wil',
    wou: 'wil',
    wilde: 'wil',
    willen: 'wil',
    wl: 'wil',
    teveel: 'te veel',
    leve: 'leven',
    worde: 'worden',
    zm: 'zelfmoord',
    papa: 'vader',
    pap: 'vader',
    mama: 'moeder',
    mam: 'moeder',
    hoelang: 'hoe lang',
  },
  classes: {
    fam: 'vader|moeder|pa|ma|ouders|stiefvader|stiefmoeder|stiefpa|stiefma|stiefvader*|broer|broers|broertje|zus|zusje|oom|tante|opa|oma|neef|vriend|vriendje|ex|man|vriendin|pleegvader|pleegmoeder|vader*|moeder*|familie',
    me: 'me|mij|mezelf',
    /** Whoever is hurt or threatened: the young person, or (told about) someone else. */
    self: 'mezelf|zichzelf|haarzelf|hemzelf',
    victim: 'vader|moeder|pa|ma|broer|broertje|zus|zusje|oma|opa|ons|mij|me|mezelf|stiefmoeder|vriendin|kinderen|kind',
    amount: 'hele|alle|strip|strips|doosje|doos|pot|potje|pakje|flesje|fles|#many',
    hit: 'slaat|sla|slaan|sloeg|sloegen|geslagen|schopt|schoppen|schopte|geschopt|trapt|trapte|getrapt|stompt|stompte|gestompt|mept|mepte|gemept|wurgt|wurgde|gewurgd|knijpt|kneep|geknepen|duwt|duwde|geduwd|mishandelt|mishandelde|mishandeld|bijt|beet|gebeten|klap|klappen|schop|schoppen|trap|pijn|aftuigen|afgetuigd|tuigt|elkaar',
    pills: 'pillen|pil|pilletjes|tabletten|tabletje*|paracetamol|paracetamols|medicijnen|medicatie|oxazepam|slaappillen|ibuprofen|xanax|oxy|antidepressiva|medicijn',
    swallowed: 'geslikt|slik|slikken|genomen|ingenomen|genome|opgegeten|gegeten|leeggegeten|leeg|nam',
  },
  negations: 'niet|geen|nooit|niks|niets|nergens',
  negationsAfter: 'niet|nooit',
  thoughts: 'gedachte|gedachten|gedachtes|plannen|plan|neigingen|gedacht|nagedacht',
  thoughtDenials: 'geen|nooit|zero|nul',
  trailing: 'hoor|echt|gewoon|meer|ofzo|of|zo|lol|man|joh|meh|he|hè|ja|nu|even|allemaal|wel|gwn|haha|alles|dus|want|ik|meer|eigenlijk|zo|ook|toch|serieus|ofso',
  idioms: [
    // A last message for today: "last message for today", "ostatnia wiadomość na dziś".
    'laatste bericht|berichtje|appje ^voor ^vandaag|vanavond',
    // ... or before a trip: "dit is mn laatste bericht voor de vakantie".
    'laatste bericht|berichtje|appje ^voor ^de|^mijn? ^zomer? vakantie|reis|vlucht|weekend|zomervakantie',
    // Not on purpose is an accident: "sorry, niet expres".
    'niet|nie ^expres|opzettelijk',
    // "Met die storm op de scooter is echt zelfmoord": a plan called mad, not a wish to die.
    'is ^echt|^gewoon|^pure|^puur zelfmoord',
    'dood|doods ^van ^het|^de? ^lachen|^honger|^dorst|^verveling|^schaamte|^kou',
    // A baby kicking in the belly: "word de hele dag geschopt door de baby".
    'geschopt|schopt|schoppen ^door ^de|^mijn? ^baby|^kleine|^kindje',
    'baby|kindje ^in ^mijn ^buik ^schopt|^trapt',
    'verveel ^me|mij ^dood',
    '# km|kms|kilometer|kilometers',
    // Where to live, not whether: "ik wil niet mijn hele leven in nederland leven".
    'leven|wonen ^in ^nederland|^holland|^amsterdam|^amstelveen|^aalsmeer|^europa|^turkije|^polen|^oekraine', 'leven|wonen ^in ^dit|^een|^de ^land|^dorp|^stad',
    // Prevention is the topic of a course, not a wish: "een casus over suicidepreventie".
    'suicidepreventie|zelfmoordpreventie|suicidepreventie|zelfdodingpreventie',
    // "Gesneden voor m'n rijexamen": failed it, in the slang of the street.
    'geslagen|geslaagd|gezakt voor examen|rijexamen|toets|theorie|rijles|diploma|tentamen|havo|vwo|mbo|school|praktijkexamen|herkansing',
    'ben|was|werd|word|wordt gesneden voor examen|rijexamen|toets|theorie|rijles|diploma|tentamen|praktijkexamen|herkansing',
    'slaat|sloeg ^de|het ^deur|spijker|bal|plank|alarm|munt',
    'klap ^van ^de ^molen',
    // "Dood graag", "dood leuk": an intensifier, not a wish.
    'dood ^graag|^leuk|^normaal|^simpel|^eenvoudig|^zielig|^jammer',
    'klap|klapje|tik|tikje|schouderklopje ^op ^de|^mijn? schouder|rug',
  ],
  contexts: {
    past: 'vroeger|toen|geleden|vorig|vorige|ooit|jaren|basisschool|brugklas|klein|jonger|destijds|toentertijd|indertijd|voorheen|sindsdien|verleden!|jeugd|kindertijd|tienertijd|tienerjaren',
    play: `${PLAY_WORDS}|spel|spelen|speelt|gespeeld|wedstrijd|training|trainer|sportschool|boksen|kickboksen|judo|sparren|vechtsport|worstelen|stoeien`,
    topic:
      'beroep|samenvatting|lesstof|werkveld|opleiding|studie|studeren|werkstuk|profielwerkstuk|spreekbeurt|presentatie|verslag|project|onderzoek|scriptie|serie|film|docu*|documentaire|nieuws|boek|hulpverlener|hulpverlening|vrijwilliger*|preventie|cursus|voorlichting|artikel|podcast|statistiek*|folder|folders|filmpje|filmpjes|stagiair*|stage|casus|casussen|toneelstuk|voorstelling|lespakket|geschiedenisles|essay|betoog|referaat|brochure*|gastles|burgerschap|hoofdstuk|scene|poster|posters|leesboek|literatuur|songtekst',
  },
  /** Een afspraak vooruit (flows/safety/lexicon.ts, seeYouAgain): "tot volgende week", "tot dinsdag", "zie je morgen". */
  seeYouAgain: [
    'tot ^volgende|morgen|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag',
    'zie|zien|spreek|spreken ^je|jullie|u|elkaar morgen|volgende|maandag|dinsdag|woensdag|donderdag|vrijdag',
  ],
  recovered: [
    'is ^nu? ^helemaal? ^al? opgelost', 'woont|wonen ^nu bij', 'woon ^nu ^al #|twee|drie|paar ^jaar bij|in|op',
    'heeft|hebben ^nu ^al? ^een? ^eigen? huis|kamer|woning|studio|plek|dak',
    'alles is ^nu? ^weer? oke|oké|ok|goed|prima|rustig',
    'nu woon ik ^al? ^#? ^jaar? op|zelfstandig|alleen',
    'nu woon ik ^al? ^#? ^jaar? in een|mijn eigen? studio|kamer|appartement|huis|woning|flat',
    'gaat ^echt|^heel? super|goed|prima|top ^met ^haar|^hem',
    'heeft|hebben ^nu? therapie|hulp|behandeling',
    'lang geleden',
    'woon ^nu ^al? zelfstandig|alleen',
    'woon ^nu ^al? op mezelf',
    'eigen kamer|woning|huis|plek|appartement|studio|woonplek',
    'gelukkig|eindelijk een kamer|studio|woning|appartement|huis',
    'nu heb ik een kamer|studio|woning|appartement|huis',
    'nu is ^alles? ^weer? rustig|goed|veilig', 'gaat ^nu? ^weer? beter|goed', 'gaat ^echt|^heel|^super ^goed|^beter', 'nu niet meer', 'niet ^meer ^zo', 'ben er overheen|doorheen', 'is ^nu? ^echt? ^al? ^lang? voorbij', 'ben|zijn ^nu ^veilig', 'hulp|therapie|behandeling ^gehad|^gekregen', 'heb ^ik ^nu ^al? een kamer|studio|woning|appartement|huis', 'geen contact ^meer', 'ben ^nu ^weer ^thuis', 'ben ^weer ^thuis', 'weer ^veilig ^thuis', 'heb ik nu niet meer',
    // "Het gaat nu echt top", "ik ben nu een ander mens", "ik zit veel beter in mijn vel", "ik hou van mijn leven".
    'gaat ^nu? ^weer? prima|top|geweldig|fantastisch|uitstekend', 'gaat ^het? ^nu? ^echt? ^heel? super $',
    'ben ^nu ^een ^heel? ^ander ^mens|^persoon', 'oud|ouwe verhaal', 'is|zijn ^nu? ^al? ^jaren? ^lang? ^uit ^mijn|^ons ^leven',
    'ben ^nu? ^weer? ^echt? ^heel? gelukkig|stabiel|happy $', 'voel me ^nu? ^weer? ^echt? ^heel? sterk|gelukkig|stabiel',
    'zit ^nu? ^weer? ^echt? ^veel|^een ^stuk? beter|goed|lekker in ^mijn ^vel', 'hou|houd ^nu? ^echt? van mijn leven',
    'ben ^nu? ^helemaal? hersteld|genezen', 'ben ^er ^nu ^helemaal? ^uit $', 'woon ^nu bij', 'nu woon ik bij', 'achter me|mij ^gelaten',
    'is|zijn ^nu? ^al? ^heel? ^lang? gestopt|afgesloten $', 'nu ^hebben|^heb ^we|^ik ^een? goede|betere band|relatie'],
  ago: ['dat is|was ^al? ^zo? ^ruim? #|twee|drie|vier|vijf|tien|paar ^jaar geleden', 'dat is|was ^al? jaren geleden', 'lang ^geleden', 'al #|twee|drie|vier|vijf|zes|jaren ^jaar zelfstandig|alleen|op', '# jaar|maanden|maand geleden', 'twee|drie|vier|vijf|zes|paar|aantal ^jaar|^maanden ^geleden', 'jaren ^geleden', 'vorig|vorige jaar|zomer|winter', 'toen ik # was', 'een jaar geleden',
    'een? paar|twee|drie|vier|vijf|#|aantal jaar|jaartjes|maanden ^terug', 'als ^kind|^kleuter', 'toen ik ^nog? klein|jong|jonger|kind|tiener',
    'op ^de basisschool', 'in groep #', 'in mijn jeugd|kindertijd|tienertijd|tienerjaren'],
  longOver: [
    '#|jaren|maanden jaar|maanden ^clean|^vrij', 'al # jaar|jaren|maanden gestopt|voorbij', 'clean ^sinds|^voor', 'al jaren uit ^beeld|^huis', 'al jaren niet ^meer',
    'een|twee|drie|vier|vijf|zes|paar|anderhalf jaar|maanden ^clean', '#many dagen ^clean',
    // "Dat is verleden tijd", "dat ligt ver achter me", "die tijd is gelukkig voorbij", "al heel lang gestopt".
    'is|was ^nu? ^al? ^lang? verleden ^tijd', 'hoort|behoort ^nu? ^al? bij|tot ^het verleden',
    'ligt ^nu? ^al? ^heel? ^ver|^lang? ^achter ^me|^mij|^ons', 'die tijd is ^nu? ^gelukkig? ^al? ^lang? voorbij|geweest',
    'al ^heel? ^lang ^gestopt|^voorbij|^clean', 'is|zijn ^al ^jaren|^lang ^uit ^mijn|^ons ^leven',
    'al ^meer? ^dan? een|#|twee|drie|paar ^jaar|maanden|jaren niet|nooit meer gesneden|gekrast|gedaan|geprobeerd|gebruikt|geslikt|geslagen',
    'sinds # niet|nooit meer gesneden|gekrast|gedaan|geprobeerd|gebruikt|geslikt|geslagen',
  ],
  atSomeones: 'bij',
  homeNow: [
    'ben|zijn ^nu|inmiddels|alweer|weer ^weer? ^veilig? ^thuis', 'nu|inmiddels ben|zijn ik|we ^weer? ^veilig? ^thuis', 'veilig|goed ^weer? ^thuis aangekomen|gekomen', 'nu|inmiddels ^weer|veilig? ^weer? ^thuis $',
    'woon|wonen ^nu|inmiddels|weer ^weer? bij mijn? moeder|vader|ma|pa|ouders|tante|oom|oma|opa|zus|broer|pleegouders|pleegmoeder|pleegvader|familie', 'woon|wonen ik|we ^nu|weer|inmiddels ^weer? bij mijn? moeder|vader|ma|pa|ouders|tante|oom|oma|opa|zus|broer|pleegouders|pleegmoeder|pleegvader|familie', 'woon|wonen ^nu|inmiddels op kamers|mezelf',
    'nu|inmiddels woon|wonen ik|we ^gewoon|weer ^weer? thuis', 'woon|wonen ik|we ^nu|inmiddels|weer ^gewoon ^weer? thuis',
  ],
  cameBack: ['kwam|kwamen|ging|gingen|liep|liepen ^toen? ^gewoon? ^weer? terug|thuis', 'toen|gewoon|daarna|meteen weer terug|thuis'],
  // In this order: what a young person does to themself first, then what others do (the order in which rules are tried).
  rules: [...selfRulesNl, ...otherRulesNl],
};
