// The one function of js-yaml 3 the tests use (the package ships no types): YAML text to plain data.
declare module "js-yaml" {
  export function safeLoad(text: string): unknown;
}
