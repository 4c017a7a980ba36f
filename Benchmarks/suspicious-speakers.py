#!/usr/bin/env python3
"""Lists the speakers and roles of a corpus that are probably wrong, by kind of mistake.

Runs `storyline speakers --no-library --format jsonl` on PATH… (default: the 20k corpus in
../shared/data/corpus/) and applies checks that need no gold labels:

  fragment         a name that is a piece of a longer one: a lone company suffix or letter
                   (`Corp`, `Co`, `P`), a name ending in a dangling suffix word
  role word        a name that starts with a title or office word (`Exchequer Nigel Lawson`)
  possessive       a name ending in 's whose bare form is a speaker too (`Reagan's`)
  lowercase        a name that is a lowercase common noun or phrase but not a group
                   (`tests`, `his wife`); groups (`the analysts`, `officials`), people
                   described by a role (`an aide`, headed by a noun of `[roles]`, not
                   after a possessive pronoun) and
                   descriptions of an organisation (`the union`, headed by a word of
                   `[organisations]` in Resources/rules/speech.rules) or of a document
                   (`official figures`, headed by a word of `[document-nouns]` or
                   `[own-documents]`) are fine
  acronym case     an acronym in lower case (`the usda`)
  case duplicate   two speakers whose names differ only by case or a leading `the`
  first names      aliases with another first name than the speaker's (`Finian O'Sullivan`
                   under `Eddie O'Sullivan`); a short form listed in `[nicknames]` of
                   Resources/rules/speech.rules is the same first name (`Bob` / `Robert`)
  function role    a role that is a function word, starts with one (`But`, `Last month`), or
                   runs past eight words (a sentence, not a role)
  role case        roles of one speaker that differ only by case
  group role       a person with a role that names a group (`the officials`, `British
                   officials`; not `president of the Federation of Banks`): a group merged
                   into one of its people, or read as one's role

Prints the count per check and a few examples, most quoted first. The counts are the figure
to drive toward zero; the examples say where to look.

    python3 Benchmarks/suspicious-speakers.py
"""

import argparse
import collections
import json
import os
import re
import subprocess

SUFFIXES = {"corp", "co", "inc", "ltd", "plc", "llc", "ag", "sa", "nv", "bhd", "cos", "corp."}
TITLE_WORDS = {
    "exchequer", "minister", "secretary", "chancellor", "president", "governor", "chairman",
    "director", "spokesman", "spokeswoman", "senator", "premier", "treasurer", "commissioner",
    "ambassador", "mayor", "judge", "chief", "deputy", "vice", "undersecretary",
}
FUNCTION_WORDS = {
    "a", "an", "the", "and", "but", "or", "nor", "so", "yet", "for", "of", "in", "on", "at", "to",
    "by", "with", "from", "as", "if", "then", "than", "that", "this", "these", "those", "it",
    "he", "she", "they", "we", "i", "you", "last", "next", "also", "still", "however", "meanwhile",
    "defiant", "earlier", "later", "now", "today", "yesterday", "when", "while", "after", "before",
}
def read_rules() -> tuple[dict[str, str], set[str], set[str], set[str], dict[str, str]]:
    """From the shipped rules: `[nicknames]` (short form -> full first name),
    `[name-prefixes]` (words that begin a surname, dots left off), `[organisations]`,
    `[document-nouns]` and `[own-documents]` (the words that head the description of an
    organisation or a document: `the union`, `the agency`, `official figures`), `[roles]`
    (the words that head the description of a person: `an aide`, `one diplomat`) and
    `[adjectives-with-object]` (`close` to, `away` from)."""
    path = os.path.join(os.path.dirname(__file__), "..", "Resources", "rules", "speech.rules")
    nicknames, prefixes, organisations, roles, adjectives, section = {}, set(), set(), set(), {}, ""
    for raw in open(path, encoding="utf-8"):
        line = raw.split("#", 1)[0].strip()
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
        elif section == "nicknames" and "=" in line:
            short, full = (part.strip().lower() for part in line.split("=", 1))
            nicknames[short] = full
        elif section == "name-prefixes" and line:
            prefixes.update(word.lower().strip(".") for word in line.split())
        elif section in ("organisations", "document-nouns", "own-documents") and line:
            organisations.update(word.lower() for word in line.split())
        elif section == "roles" and line:
            roles.add(line.split()[0].lower())
        elif section == "adjectives-with-object" and line:
            words = line.lower().split()
            adjectives[words[0]] = words[1] if len(words) > 1 else "to"
    return nicknames, prefixes, organisations, roles, adjectives


NICKNAMES, NAME_PREFIXES, ORGANISATION_WORDS, ROLE_WORDS, ADJECTIVES_WITH_OBJECT = read_rules()
# Words of `[roles]` that modify a role rather than name one: a description ending in one is
# cut short (`a senior`, `the former`).
ROLE_MODIFIERS = {
    "senior", "former", "top", "acting", "interim", "prime", "foreign", "executive", "special",
    "presidential", "associate", "deputy", "vice", "state", "press", "chief", "general", "junior",
    "assistant", "managing", "finance",
}
POSSESSIVE_PRONOUNS = {"his", "her", "their", "its", "our", "my", "your"}


def same_first(a: str, b: str) -> bool:
    return NICKNAMES.get(a, a) == NICKNAMES.get(b, b)


GROUP_HEADS = {
    "analysts", "dealers", "traders", "economists", "officials", "bankers", "sources", "delegates",
    "brokers", "diplomats", "companies", "spokesman", "spokeswoman", "spokesperson", "company",
    "bank", "police", "experts", "investors", "residents", "witnesses", "authorities", "critics",
    "observers", "executives", "industry", "government", "ministry", "people", "officers",
    "representatives", "members", "lawyers", "doctors", "scientists", "researchers", "workers",
    "unions", "farmers", "producers", "exporters", "importers", "participants", "managers",
    "statement", "report", "agency", "department", "newspaper", "paper", "group", "firm",
    "spokesmen", "official", "source", "analyst", "dealer", "trader", "economist", "banker",
    "banks", "board", "committee", "council", "court", "study", "survey", "fans", "players",
    "organisers", "organizers", "teachers", "parents", "students", "voters", "campaigners",
}


def words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z][A-Za-z'.&-]*", text)


def checks(speaker: dict, names: set[str]) -> list[str]:
    name = speaker["name"]
    tokens = words(name)
    lower = [token.lower().strip(".") for token in tokens]
    found = []
    if not tokens:
        return found
    if len(tokens) == 1 and (lower[0] in SUFFIXES or len(tokens[0].strip(".")) == 1):
        found.append("fragment")
    elif len(tokens) > 1 and lower[0] in SUFFIXES:
        found.append("fragment")
    if tokens[0][0].isupper() and lower[0] in TITLE_WORDS and len(tokens) > 1 and any(
        token[0].isupper() for token in tokens[1:]
    ):
        found.append("role word")
    if re.search(r"['’]s$", name) and re.sub(r"['’]s$", "", name) in names:
        found.append("possessive")
    if name[:1].islower():
        head = lower[-1] if lower else ""
        # NB: an unnamed person described by their role (`an aide`, `one diplomat`) is a
        # speaker; the description must end in the role noun (not `an underwriter away`, `a
        # senior`), and a relative named by a possessive (`his wife`) is still suspicious.
        # `sources close to the talks`: the head comes before the adjective and its object.
        for index in range(1, len(lower) - 1):
            if ADJECTIVES_WITH_OBJECT.get(lower[index]) == lower[index + 1]:
                head = lower[index - 1]
                break
        role_head = (head in ROLE_WORDS and head not in ROLE_MODIFIERS
                     and lower[0] not in POSSESSIVE_PRONOUNS)
        if head not in GROUP_HEADS | ORGANISATION_WORDS and not role_head and not (
                head.endswith("s") and len(lower) <= 3):
            found.append("lowercase")
    if any(re.fullmatch(r"(usda|uk|eu|imf|opec|gatt|ec|nato|fbi|cia|bbc)", token)
           for token in tokens):
        found.append("acronym case")
    first = lower[0] if tokens[0][0].isupper() else None
    if first and len(tokens) >= 2 and first not in TITLE_WORDS:
        for alias in speaker.get("aliases", []):
            alias_tokens = [token.lower() for token in words(alias)]
            # NB: a name prefix is no first name (`St. Germain` under `Fernand St. Germain`).
            if (len(alias_tokens) >= 2 and alias_tokens[-1] == lower[-1]
                    and alias_tokens[0].strip(".") not in NAME_PREFIXES
                    and alias_tokens[0] != first and alias_tokens[0][0] != first[0]
                    and not same_first(alias_tokens[0].strip("."), first.strip("."))):
                found.append("first names")
                break
    roles = speaker.get("roles", [])
    for role in roles:
        role_words = [token.lower() for token in words(role)]
        if role_words and (len(role_words) == 1 and role_words[0] in FUNCTION_WORDS
                           or role_words[0] in FUNCTION_WORDS - {"a", "an", "the"}
                           or len(role_words) > 8):
            found.append("function role")
            speaker.setdefault("_bad", role)
            break
    if speaker.get("kind") == "person" and any(
        (role_words := [token.lower() for token in words(role)])
        and role_words[-1].endswith("s") and not role_words[-1].endswith("ss")
        and role_words[-1] in GROUP_HEADS
        # NB: `president of the Federation of Banks` is a person's role at a group.
        and not {"of", "for", "with", "at", "quoting"} & set(role_words)
        for role in roles):
        found.append("group role")
    folded = collections.Counter(role.lower() for role in roles)
    if any(count > 1 for count in folded.values()):
        found.append("role case")
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", default=["../shared/data/corpus/"])
    parser.add_argument("--binary", default=".build/release/storyline")
    parser.add_argument("--examples", type=int, default=6)
    args = parser.parse_args()
    result = subprocess.run(
        [args.binary, "speakers", "--no-library", "--format", "jsonl", *args.paths],
        capture_output=True, text=True, check=True)
    speakers = [json.loads(line) for line in result.stdout.splitlines()]
    hits = collections.defaultdict(list)
    names = {speaker["name"] for speaker in speakers}
    for speaker in speakers:
        for check in checks(speaker, names):
            hits[check].append(speaker)
    by_key = collections.defaultdict(list)
    for speaker in speakers:
        key = re.sub(r"^the ", "", speaker["name"].lower())
        by_key[key].append(speaker)
    for group in by_key.values():
        if len(group) > 1:
            hits["case duplicate"].append(max(group, key=lambda s: s["quotes"]))
    order = ["fragment", "role word", "possessive", "lowercase", "acronym case",
             "case duplicate", "first names", "function role", "role case", "group role"]
    total_quotes = sum(speaker["quotes"] for speaker in speakers)
    print(f"{len(speakers)} speakers, {total_quotes} quotes")
    print(f"{'check':<16} {'speakers':>8} {'quotes':>7}  examples (most quoted first)")
    for check in order:
        found = sorted(hits.get(check, []), key=lambda s: -s["quotes"])
        quotes = sum(speaker["quotes"] for speaker in found)
        examples = ", ".join(
            speaker["name"] + (f" [{speaker.get('_bad', '')}]" if check == "function role" else "")
            for speaker in found[:args.examples])
        print(f"{check:<16} {len(found):>8} {quotes:>7}  {examples}")
    flagged = {id(speaker) for found in hits.values() for speaker in found}
    print(f"{'any':<16} {len(flagged):>8}")


if __name__ == "__main__":
    main()
