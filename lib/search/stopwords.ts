/**
 * Words too common to tell two postings apart, in folded form (see foldText). They are
 * left out of the body's terms only: a title such as "Chargé de déploiement" keeps them.
 * "it" is absent on purpose: in French postings it is the IT department.
 */
export const STOPWORDS: ReadonlySet<string> = new Set([
  // French
  'a', 'au', 'aux', 'avec', 'c', 'ca', 'ce', 'ces', 'cet', 'cette', 'd', 'dans', 'de', 'des', 'dont',
  'du', 'elle', 'elles', 'en', 'est', 'et', 'etre', 'eux', 'il', 'ils', 'j', 'je', 'l', 'la', 'le',
  'les', 'leur', 'leurs', 'lui', 'm', 'ma', 'mais', 'me', 'mes', 'moi', 'mon', 'n', 'ne', 'ni', 'nos',
  'notre', 'nous', 'on', 'ou', 'par', 'pas', 'pour', 'qu', 'que', 'qui', 's', 'sa', 'se', 'ses', 'si',
  'son', 'sont', 'sur', 't', 'ta', 'te', 'tes', 'toi', 'ton', 'tu', 'un', 'une', 'vos', 'votre', 'vous',
  'y',
  // English
  'an', 'and', 'are', 'as', 'at', 'be', 'but', 'by', 'can', 'for', 'from', 'has', 'have', 'in', 'is',
  'its', 'of', 'or', 'our', 'that', 'the', 'their', 'they', 'this', 'to', 'was', 'we', 'were', 'will',
  'with', 'you', 'your',
]);
