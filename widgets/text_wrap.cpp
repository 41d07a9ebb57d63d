#include "widgets/text_wrap.h"

#include <QFontMetrics>
#include <QStringList>

namespace supex {

QString wrapText(const QString& text, const QFont& font, int width) {
  const QFontMetrics fm(font);
  QString out, line;
  for (const QString& word : text.split(' ', Qt::SkipEmptyParts)) {
    const QString candidate = line.isEmpty() ? word : line + ' ' + word;
    if (!line.isEmpty() && fm.horizontalAdvance(candidate) > width) {
      out += line + '\n';
      line = word;
    } else {
      line = candidate;
    }
  }
  return out + line;
}

}  // namespace supex
