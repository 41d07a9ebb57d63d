#include "core/common/text_table.h"

#include <cstddef>
#include <string>
#include <utility>

namespace supex {
namespace {

std::string cell(const TextTable& t, std::size_t r, std::size_t c) {
  return r < t.cells.size() && c < t.cells[r].size() ? t.cells[r][c] : std::string();
}

std::string csvField(const std::string& s) {
  // A leading '#' would read back as a comment line; spaces at the ends would be trimmed.
  const bool quote = s.find_first_of(",\"\r\n") != std::string::npos || (!s.empty() && (s[0] == '#' || s[0] == ' ' || s.back() == ' '));
  if (!quote) return s;
  std::string out = "\"";
  for (char ch : s) {
    if (ch == '"') out += '"';
    out += ch;
  }
  return out + '"';
}

std::string markdownCell(const std::string& s) {
  std::string out;
  for (char ch : s) {
    if (ch == '|' || ch == '\\') out += '\\';
    if (ch == '\n' || ch == '\r') {
      out += ' ';
      continue;
    }
    out += ch;
  }
  return out;
}

bool startsWith(const std::string& s, std::size_t i, const char* prefix) {
  return s.compare(i, std::char_traits<char>::length(prefix), prefix) == 0;
}

}  // namespace

std::string latexEscape(const std::string& s) {
  // UTF-8 sequences first (longest first: σ̂ is σ followed by a combining hat).
  static const std::pair<const char*, const char*> kUtf8[] = {
      {"\xCF\x83\xCC\x82\xC2\xB2", "$\\hat\\sigma^2$"},  // σ̂² (one math group, never "$$")
      {"\xCF\x83\xCC\x82", "$\\hat\\sigma$"},  // σ̂
      {"\xCF\x83", "$\\sigma$"},               // σ
      {"\xC2\xB2", "$^2$"},                    // ²
      {"\xE2\x80\x94", "--"},                  // — (a missing value)
      {"\xE2\x80\x93", "--"},                  // –
      {"\xE2\x89\xA4", "$\\le$"},              // ≤
      {"\xE2\x89\xA5", "$\\ge$"},              // ≥
      {"\xE2\x88\x92", "$-$"},                 // − (minus sign)
      {"\xC2\xB7", "$\\cdot$"},                // ·
  };
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    bool done = false;
    for (const auto& [from, to] : kUtf8) {
      if (startsWith(s, i, from)) {
        out += to;
        i += std::char_traits<char>::length(from);
        done = true;
        break;
      }
    }
    if (done) continue;
    const char ch = s[i++];
    switch (ch) {
      case '\\': out += "\\textbackslash{}"; break;
      case '&': case '%': case '$': case '#': case '_': case '{': case '}': out += '\\'; out += ch; break;
      case '^': out += "\\^{}"; break;
      case '~': out += "\\~{}"; break;
      case '<': case '>': case '|': out += '$'; out += ch; out += '$'; break;
      default: out += ch;
    }
  }
  return out;
}

std::string tableToCsv(const TextTable& t) {
  std::string out = csvField(t.corner);
  for (const auto& c : t.columns) out += ',' + csvField(c);
  out += '\n';
  for (std::size_t r = 0; r < t.rowNames.size(); ++r) {
    out += csvField(t.rowNames[r]);
    for (std::size_t c = 0; c < t.columns.size(); ++c) out += ',' + csvField(cell(t, r, c));
    out += '\n';
  }
  return out;
}

std::string tableToMarkdown(const TextTable& t) {
  std::string out = "| " + markdownCell(t.corner) + " |";
  for (const auto& c : t.columns) out += ' ' + markdownCell(c) + " |";
  out += "\n| :--- |";
  for (std::size_t c = 0; c < t.columns.size(); ++c) out += " ---: |";
  out += '\n';
  for (std::size_t r = 0; r < t.rowNames.size(); ++r) {
    out += "| " + markdownCell(t.rowNames[r]) + " |";
    for (std::size_t c = 0; c < t.columns.size(); ++c) out += ' ' + markdownCell(cell(t, r, c)) + " |";
    out += '\n';
  }
  return out;
}

std::string tableToLatex(const TextTable& t) {
  std::string out = "\\begin{tabular}{l" + std::string(t.columns.size(), 'r') + "}\n\\hline\n";
  out += latexEscape(t.corner);
  for (const auto& c : t.columns) out += " & " + latexEscape(c);
  out += " \\\\\n\\hline\n";
  for (std::size_t r = 0; r < t.rowNames.size(); ++r) {
    out += latexEscape(t.rowNames[r]);
    for (std::size_t c = 0; c < t.columns.size(); ++c) out += " & " + latexEscape(cell(t, r, c));
    out += " \\\\\n";
  }
  return out + "\\hline\n\\end{tabular}\n";
}

}  // namespace supex
