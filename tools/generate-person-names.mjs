// Writes Marsad's list of given names and surnames (marsad/ner/person-names.tsv), which the name
// tagger's features consult, from the locale data of the npm package @faker-js/faker (MIT): its
// English, Russian and Arabic first and last names. Only single words are kept; the same package
// version gives byte-identical output.
//
// usage: node tools/generate-person-names.mjs FAKER_PACKAGE_DIR OUTPUT
//   FAKER_PACKAGE_DIR  the unpacked package (npm pack @faker-js/faker@10.6.0; tar xzf ...; its package/)
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

if (process.argv.length !== 4) {
  console.error("usage: node tools/generate-person-names.mjs FAKER_PACKAGE_DIR OUTPUT");
  process.exit(2);
}
const faker = await import(pathToFileURL(resolve(process.argv[2], "dist/index.js")).href);
const locales = { en: faker.fakerEN, ru: faker.fakerRU, ar: faker.fakerAR };

// Every list of a definition (generic, female, male) as one sorted set of single words.
function words(definition) {
  const out = new Set();
  for (const list of Object.values(definition ?? {})) {
    for (const name of list) {
      const w = name.normalize("NFC").trim();
      if (w && !/\s/.test(w)) {
        out.add(w);
      }
    }
  }
  return [...out].sort();
}

const lines = [
  "# GENERATED FILE, do not edit: regenerate with",
  "#   node tools/generate-person-names.mjs FAKER_PACKAGE_DIR marsad-core/src/main/resources/marsad/ner/person-names.tsv",
  "# Given names and surnames as facts from the locale data of @faker-js/faker (MIT; see NOTICE).",
  "# Rows LANG<TAB>KIND<TAB>NAME, KIND given or family. See docs/DATA-FORMATS.md (ner/person-names.tsv).",
];
for (const [lang, f] of Object.entries(locales)) {
  const person = f.rawDefinitions.person;
  for (const [kind, definition] of [["given", person.first_name], ["family", person.last_name]]) {
    for (const w of words(definition)) {
      lines.push(`${lang}\t${kind}\t${w}`);
    }
  }
}
writeFileSync(process.argv[3], lines.join("\n") + "\n");
