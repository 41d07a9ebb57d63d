#include "core/data/csv_reader.h"

namespace supex {
namespace {

bool isSpace(char c) { return c == ' ' || c == '\t'; }

// Offset of the first byte that is not part of well-formed UTF-8 (no overlong
// forms, no surrogates, nothing above U+10FFFF), or npos.
std::size_t firstInvalidUtf8(std::string_view s) {
  std::size_t i = 0;
  const std::size_t n = s.size();
  while (i < n) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t len = 0;
    unsigned char lo = 0x80;
    unsigned char hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      if (c == 0xE0) lo = 0xA0;  // overlong
      if (c == 0xED) hi = 0x9F;  // surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      if (c == 0xF0) lo = 0x90;  // overlong
      if (c == 0xF4) hi = 0x8F;  // above U+10FFFF
    } else {
      return i;
    }
    if (i + len > n) return i;
    const auto c1 = static_cast<unsigned char>(s[i + 1]);
    if (c1 < lo || c1 > hi) return i;
    for (std::size_t k = 2; k < len; ++k) {
      const auto ck = static_cast<unsigned char>(s[i + k]);
      if (ck < 0x80 || ck > 0xBF) return i;
    }
    i += len;
  }
  return std::string_view::npos;
}

// Physical line of byte offset `end` (LF, CRLF and lone CR each end a line).
long long lineAt(std::string_view s, std::size_t end) {
  long long line = 1;
  for (std::size_t i = 0; i < end; ++i) {
    if (s[i] == '\n' || (s[i] == '\r' && (i + 1 >= s.size() || s[i + 1] != '\n'))) ++line;
  }
  return line;
}

Error at(const std::string& name, long long line, std::size_t column, const std::string& what) {
  return dataError(name + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " + what);
}

}  // namespace

std::string printableExcerpt(std::string_view text, std::size_t maxBytes) {
  std::string out;
  bool cut = false;
  if (text.size() > maxBytes) {
    std::size_t end = maxBytes;
    // Back off to the start of a UTF-8 character (a byte that is not 10xxxxxx).
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
    text = text.substr(0, end);
    cut = true;
  }
  static const char* hex = "0123456789abcdef";
  for (char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if (ch == '\n') out += "\\n";
    else if (ch == '\r') out += "\\r";
    else if (ch == '\t') out += "\\t";
    else if (c < 0x20 || c == 0x7F) {
      out += "\\x";
      out += hex[c >> 4];
      out += hex[c & 15];
    } else {
      out += ch;
    }
  }
  if (cut) out += "...";
  return out;
}

Result<std::vector<CsvRecord>> readCsv(std::string_view text, const std::string& name) {
  std::size_t pos = 0;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") pos = 3;
  if (const std::size_t bad = firstInvalidUtf8(text.substr(pos)); bad != std::string_view::npos)
    return dataError(name + ":" + std::to_string(lineAt(text, pos + bad)) +
                     ": the text is not valid UTF-8; save the file as UTF-8.");

  const std::size_t n = text.size();
  long long line = 1;
  // Steps over the line break at p, if any, and counts the line.
  auto endLine = [&](std::size_t& p) {
    if (p < n && text[p] == '\r') {
      ++p;
      if (p < n && text[p] == '\n') ++p;
    } else if (p < n && text[p] == '\n') {
      ++p;
    }
    ++line;
  };
  auto atLineEnd = [&](std::size_t p) { return p >= n || text[p] == '\n' || text[p] == '\r'; };

  std::vector<CsvRecord> records;
  while (pos < n) {
    std::size_t lineEnd = pos;
    bool blank = true;
    for (; !atLineEnd(lineEnd); ++lineEnd) {
      if (!isSpace(text[lineEnd])) blank = false;
    }
    if (text[pos] == '#' || blank) {
      pos = lineEnd;
      endLine(pos);
      continue;
    }

    CsvRecord record;
    record.line = line;
    for (;;) {
      const std::size_t column = record.fields.size() + 1;
      const long long fieldLine = line;
      std::size_t p = pos;
      while (p < n && isSpace(text[p])) ++p;
      std::string field;
      if (p < n && text[p] == '"') {
        const long long openLine = line;
        ++p;
        for (;;) {
          if (p >= n)
            return at(name, openLine, column,
                      "the quoted field that starts here is never closed (the file ends inside it).");
          const char c = text[p];
          if (c == '"') {
            if (p + 1 < n && text[p + 1] == '"') {
              field += '"';
              p += 2;
              continue;
            }
            ++p;
            break;
          }
          if (c == '\n' || (c == '\r' && (p + 1 >= n || text[p + 1] != '\n'))) ++line;
          field += c;
          ++p;
        }
        while (p < n && isSpace(text[p])) ++p;
        if (!atLineEnd(p) && text[p] != ',')
          return at(name, line, column,
                    "unexpected text after the closing quote of a quoted field; a quote inside a "
                    "quoted field is written twice (\"\").");
      } else {
        const std::size_t start = p;
        while (p < n && text[p] != ',' && !atLineEnd(p)) {
          if (text[p] == '"')
            return at(name, line, column,
                      "a quote inside an unquoted field; put the whole field in quotes and write "
                      "the quote twice (\"\").");
          ++p;
        }
        std::size_t end = p;
        while (end > start && isSpace(text[end - 1])) --end;
        field.assign(text.substr(start, end - start));
      }
      record.fields.push_back(std::move(field));
      record.fieldLines.push_back(fieldLine);
      if (p < n && text[p] == ',') {
        pos = p + 1;
        continue;
      }
      pos = p;
      endLine(pos);
      break;
    }
    records.push_back(std::move(record));
  }
  return records;
}

}  // namespace supex
