/** A count's words in the plural forms a language needs: always `one` and `other`, and any of Intl's others. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & Record<'one' | 'other', string>;

/**
 * A count's words as the suffixed keys i18next picks from with Intl.PluralRules (`marked_one`,
 * `marked_few`, …). Typed as English's two keys, which every language holds; the language's
 * other forms are there at run time («2 упоминания», «5 упоминаний», «إشارتان»).
 */
export const plural = <K extends string>(key: K, forms: PluralForms) =>
  Object.fromEntries(Object.entries(forms).map(([form, text]) => [`${key}_${form}`, text])) as Record<`${K}_one` | `${K}_other`, string>;
