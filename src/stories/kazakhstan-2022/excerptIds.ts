/**
 * The ids of the excerpts (excerpts.ts), in their order: what the layer files may cite. The first
 * view checks each file's citations against these; the excerpts' words load when a context or a
 * chapter first shows them. `excerpts.test.ts` holds the two lists equal.
 */
export const EXCERPT_IDS = [
  'first-units', 'first-intervention', 'request-facilities', 'west-to-almaty', 'peaceful-to-looting',
  'tone-change', 'fuel-prices', 'terror-claim', 'security-council', 'russia-sends', 'token-forces',
  'reports-5000', 'charter', 'founded', 'kyrgyzstan-2010', 'armenia-2020', 'baku-restraint', 'kyrgyz-tajik',
  'peaceful-first-days', 'airport-fell', 'masimov', 'putin-request', 'post-soviet-word', 'kremlin-winner',
  'withdrawal', 'russians-20pct', 'moscow-restored', 'security-dismissals', 'power-struggle',
  'coup-hypothesis', 'nazarbayev-cloak', 'colour-revolutions', 'russia-likely-complies',
] as const;

export type ExcerptId = (typeof EXCERPT_IDS)[number];
