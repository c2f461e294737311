/**
 * Everyday words, in the languages we speak, one letter away from a word of a lexicon: read as
 * themselves, never as a typo ("ergens" is not "nergens", "ingepakt" is not "ingezakt", "trouwens"
 * is not "trouwen", "yasiyorum" is not "yakiyorum", "yapiyorum" is not "yatiyorum"). Written without accents and repeated letters.
 */
export const EVERYDAY_WORDS: ReadonlySet<string> = new Set([
  // Dutch
  'ergens', 'dingen', 'trouwens', 'ingepakt', 'gebroken', 'verloren', 'verlopen', 'geleden', 'gegeven', 'merken', 'helpen', 'wachten', 'gericht', 'gezakt', 'gepakt', 'gister', 'douchte', 'gezeten', 'periode', 'trainen', 'tranen',
  // English
  'making', 'picked', 'showed', 'saying', 'riding', 'texting', 'through', 'friend', 'siting', 'looking', 'loking', 'taking', 'waking', 'hanging',
  // Turkish
  'yasiyorum', 'yapiyorum', 'yapiyoruz', 'yapiyor', 'yapiyom', 'yapiyoz', 'yapmiyorum', 'yapmiyom', 'ediyor', 'eziyor', 'benden', 'yazarim', 'kaydolmak', 'kaydolmaya', 'kaydolmayi', 'kaydolcam', 'kaydoldum',
  // Polish
  'mieszkam', 'zrobic', 'szkoly',
  // Ukrainian
  'передзвонити', 'передзвоніть', 'передзвоню', 'передзвонимо', 'передзвонила', 'передзвонив',
]);
