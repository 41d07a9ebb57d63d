#include "widgets/views/coefficient_pen.h"

#include "widgets/okabe_ito.h"

namespace supex {

QPen coefficientPen(int j, double width) {
  constexpr int kColours = kPaletteSize - 1;  // the palette's last colour is black
  static const Qt::PenStyle styles[] = {Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine};
  const Qt::PenStyle style = styles[(j / kColours) % 4];
  return QPen(classColor(j % kColours), width, style);
}

}  // namespace supex
