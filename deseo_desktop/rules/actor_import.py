"""Actors from a spreadsheet, the pure part: which row holds the headers, which column is which
field (guessed in five languages, or given), and what is wrong with each row before anything
is written. Rows are lists of strings; nothing here reads a file or a database."""

import re
from dataclasses import dataclass, field

from . import fields
from .text import search_key

HEADER_SCAN_ROWS = 30
TEXT_FIELDS = ("name", "legal_form", "role", "contact_name", "contact_email", "contact_phone")
COUNT_FIELDS = (
    "workforce_women",
    "workforce_men",
    "workforce_not_stated",
    "managers_women",
    "managers_men",
    "board_women",
    "board_men",
)
FIELDS = TEXT_FIELDS + COUNT_FIELDS

# Header words as people type them, folded by header_key (case, accents, punctuation).
_SYNONYMS = {
    "name": "name|organisation|organization|organisation name|organization name|enterprise|"
    "company|actor|nome|denominazione|ragione sociale|organizzazione|ente|impresa|nom|"
    "organisme|structure|raison sociale|entreprise|namn|foretag|organisationens namn|"
    "nombre|organizacion|entidad|empresa|razon social",
    "legal_form": "legal form|forma giuridica|forme juridique|statut juridique|juridisk form|"
    "bolagsform|forma juridica",
    "role": "role|ruolo|roll|rol|papel|role in the cluster",
    "contact_name": "contact|contact person|contact name|referente|persona di contatto|"
    "contatto|personne de contact|interlocuteur|kontaktperson|kontakt|persona de contacto|"
    "contacto",
    "contact_email": "email|e mail|mail|email address|courriel|adresse email|adresse e mail|"
    "e post|epost|e postadress|correo|correo electronico|posta elettronica|indirizzo email",
    "contact_phone": "phone|telephone|tel|phone number|telefono|cellulare|telefon|"
    "telefonnummer|numero de telephone",
    "workforce_women": "women|women employees|female employees|workforce women|"
    "employees women|donne|dipendenti donne|lavoratrici|femmes|salariees femmes|"
    "salaries femmes|kvinnor|anstallda kvinnor|mujeres|empleadas|trabajadoras",
    "workforce_men": "men|men employees|male employees|workforce men|employees men|uomini|"
    "dipendenti uomini|lavoratori uomini|hommes|salaries hommes|man|anstallda man|hombres|"
    "empleados hombres|trabajadores hombres",
    "workforce_not_stated": "not stated|workforce not stated|employees not stated|"
    "non dichiarato|non indique|ej angivet|no declarado|no consta",
    "managers_women": "women managers|managers women|dirigenti donne|manager donne|"
    "cadres femmes|dirigeantes|kvinnliga chefer|chefer kvinnor|directivas|directivas mujeres|"
    "mujeres directivas",
    "managers_men": "men managers|managers men|dirigenti uomini|manager uomini|cadres hommes|"
    "dirigeants hommes|manliga chefer|chefer man|directivos hombres|hombres directivos",
    "board_women": "women on the board|board women|women board members|cda donne|"
    "consiglio donne|ca femmes|conseil femmes|administratrices|styrelse kvinnor|"
    "kvinnor i styrelsen|consejo mujeres|mujeres en el consejo",
    "board_men": "men on the board|board men|men board members|cda uomini|consiglio uomini|"
    "ca hommes|conseil hommes|administrateurs|styrelse man|man i styrelsen|consejo hombres|"
    "hombres en el consejo",
}
_PUNCT = re.compile(r"[^\w]+|_")


def header_key(text: str) -> str:
    return " ".join(_PUNCT.sub(" ", search_key(text)).split())


HEADERS = {
    header_key(word): name
    for name, words in _SYNONYMS.items()
    for word in [*words.split("|"), name.replace("_", " ")]
}


class MappingError(ValueError):
    def __init__(self, code: str, **params):
        super().__init__(code)
        self.code = code
        self.params = params


@dataclass
class RowResult:
    line: int  # 1-based, as the spreadsheet shows it
    values: dict[str, object]
    problems: list[tuple[str, str]] = field(default_factory=list)  # (field, code)
    duplicate_of: int | None = None  # the line of the first row with the same name

    @property
    def good(self) -> bool:
        return not self.problems


@dataclass
class Preview:
    header_line: int
    columns: dict[int, str]  # column index -> field
    rows: list[RowResult]

    @property
    def good_rows(self) -> list[RowResult]:
        return [r for r in self.rows if r.good]

    @property
    def bad_rows(self) -> list[RowResult]:
        return [r for r in self.rows if not r.good]


def guess_columns(header: list[str]) -> dict[int, str]:
    columns: dict[int, str] = {}
    for index, cell in enumerate(header):
        name = HEADERS.get(header_key(cell))
        if name and name not in columns.values():
            columns[index] = name
    return columns


def find_header(rows: list[list[str]]) -> tuple[int, dict[int, str]]:
    """The first row with at least two known headers (a title above is fine), and its mapping."""
    for index, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        columns = guess_columns(row)
        if len(columns) >= 2:
            return index, columns
    raise MappingError("no_header", rows=HEADER_SCAN_ROWS)


def explicit_columns(rows: list[list[str]], mapping: dict) -> tuple[int, dict[int, str]]:
    """A mapping given as {field: header text}: the header row is the first holding them all."""
    if not isinstance(mapping, dict) or not mapping:
        raise MappingError("bad_mapping")
    for name, header in mapping.items():
        if name not in FIELDS:
            raise MappingError("unknown_field", field=name)
        if not isinstance(header, str) or not header.strip():
            raise MappingError("bad_mapping")
    if "name" not in mapping:
        raise MappingError("no_name_column")
    wanted = {header_key(h): name for name, h in mapping.items()}
    for index, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        keys = [header_key(cell) for cell in row]
        if set(wanted) <= set(keys):
            return index, {keys.index(k): name for k, name in wanted.items()}
    raise MappingError("headers_not_found", headers=sorted(mapping.values()))


def check_row(line: int, row: list[str], columns: dict[int, str]) -> RowResult:
    result = RowResult(line, {})
    for index, name in columns.items():
        raw = row[index] if index < len(row) else ""
        try:
            if name in COUNT_FIELDS:
                value: object = fields.count(raw.strip().replace("\u00a0", "").replace(" ", ""))
            elif name == "contact_email":
                value = fields.email(raw)
            elif name == "name":
                value = fields.name(raw)
            else:
                value = fields.text(raw, fields.NAME_MAX, single_line=True).strip()
        except fields.FieldError as e:
            result.problems.append((name, e.code))
            continue
        result.values[name] = value
    if not any(f == "name" for f, _ in result.problems) and not result.values.get("name"):
        result.problems.insert(0, ("name", "missing_name"))
    return result


def preview_rows(
    rows: list[list[str]], existing_names: list[str], mapping: dict | None = None
) -> Preview:
    """Every data row below the header, checked; duplicates within the file and in the design."""
    header, columns = explicit_columns(rows, mapping) if mapping else find_header(rows)
    if "name" not in columns.values():
        raise MappingError("no_name_column")
    taken = {name_key(n): None for n in existing_names}
    seen: dict[str, int] = {}
    results = []
    for index in range(header + 1, len(rows)):
        row = rows[index]
        if not any(cell.strip() for cell in row):
            continue
        result = check_row(index + 1, row, columns)
        key = name_key(str(result.values.get("name", "")))
        if key:
            if key in taken:
                result.problems.append(("name", "already_in_design"))
            elif key in seen:
                result.problems.append(("name", "duplicate_in_file"))
                result.duplicate_of = seen[key]
            else:
                seen[key] = result.line
        results.append(result)
    return Preview(header + 1, columns, results)


def name_key(name: str) -> str:
    return " ".join(search_key(name).split())
