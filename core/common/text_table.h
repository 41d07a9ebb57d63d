#pragma once
// A small table of text (a header row, named rows, cells already formatted)
// and its three renderings for notes and slides: CSV (RFC 4180, reads back
// with core/data/csv_reader.h), Markdown (GitHub pipe table, numbers right
// aligned) and LaTeX (a tabular with \hline rules, text escaped, compiles
// with no package beyond plain LaTeX).
#include <string>
#include <vector>

namespace supex {

struct TextTable {
  std::string corner;                         // the cell above the row names (often empty)
  std::vector<std::string> columns;           // one per value column
  std::vector<std::string> rowNames;          // one per row
  std::vector<std::vector<std::string>> cells;  // rowNames.size() rows of columns.size() cells

  bool empty() const { return rowNames.empty(); }
};

std::string tableToCsv(const TextTable& table);
std::string tableToMarkdown(const TextTable& table);
std::string tableToLatex(const TextTable& table);

// Text escaped for LaTeX's text mode: the ten special characters, and the
// few non-ASCII signs our tables use (— for a missing value, ², σ̂, ≤).
std::string latexEscape(const std::string& text);

}  // namespace supex
