#pragma once
// An RFC 4180 reader with the contract's additions, returning text only; the
// meaning of the fields (numbers, labels, columns) is dataset_io's job.
//   - Fields are separated by commas; records end with LF, CRLF or a lone CR.
//   - A field may be quoted: "a,b", "say ""hi""", and a quoted field may hold
//     line breaks (kept as they are in the file).
//   - A UTF-8 byte order mark at the very start is ignored; the rest must be
//     valid UTF-8 (names and labels end up in JSON, which must be UTF-8).
//   - A line whose first character is '#' is a comment; a line of nothing but
//     spaces and tabs is blank; both are skipped but still counted, so line
//     numbers are physical 1-based lines of the file, as an editor shows them.
//   - Spaces and tabs around an unquoted field, and between a quoted field and
//     its comma, are dropped ("x, y" names the columns "x" and "y"); inside
//     quotes they are kept. This relaxes RFC 4180, whose spaces are data, in
//     the direction spreadsheet and pandas users expect.
//   - Malformed quoting is an error, never a guess: a quote inside an unquoted
//     field, text after a closing quote, a quoted field never closed.
// Errors are data errors (exit code 3) in compiler form
// "<name>:<line>:<column>: <what>", column being the 1-based field index.
#include <string>
#include <string_view>
#include <vector>

#include "core/common/result.h"

namespace supex {

struct CsvRecord {
  long long line = 0;               // physical line where the record starts
  std::vector<std::string> fields;  // unquoted, unescaped
  std::vector<long long> fieldLines;  // line where each field starts (later than `line` after a quoted line break)
};

// Every record, the header first. No records (an empty file, or only
// comments and blank lines) is not an error here.
Result<std::vector<CsvRecord>> readCsv(std::string_view text, const std::string& displayName);

// Text safe to quote in a one-line message: control characters escaped
// (\n, \t, \xNN) and long text cut to about maxBytes at a character boundary
// with "..." appended.
std::string printableExcerpt(std::string_view text, std::size_t maxBytes = 40);

}  // namespace supex
