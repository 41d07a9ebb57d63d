#pragma once
// Word wrapping for QCustomPlot's text items (QCPItemText, QCPTextElement),
// which do not wrap by themselves: a long error message or model name would
// otherwise run past its tile or canvas.
#include <QFont>
#include <QString>

namespace supex {

// Breaks `text` at spaces into lines of at most about `width` pixels in
// `font` (a single word wider than that keeps its own line).
QString wrapText(const QString& text, const QFont& font, int width);

}  // namespace supex
