// Types for petrovich 0.2.1 (https://github.com/petrovich/petrovich-js), which ships none.
// Only the method-chain API is declared: petrovich[gender][nameType][case](name).
declare module 'petrovich' {
  type PetrovichGender = 'male' | 'female' | 'androgynous';
  type PetrovichNameType = 'first' | 'middle' | 'last';
  type PetrovichCase = 'nominative' | 'genitive' | 'dative' | 'accusative' | 'instrumental' | 'prepositional';
  type PetrovichInflector = { readonly [grammaticalCase in PetrovichCase]: (name: string) => string };
  const petrovich: {
    readonly [gender in PetrovichGender]: { readonly [nameType in PetrovichNameType]: PetrovichInflector };
  };
  export default petrovich;
}
