#pragma once
// The pen of coefficient j in the path and basis views: the seven Okabe–Ito
// colours other than black (black is the cursor and the sum of the pieces),
// solid for the first seven coefficients, then dashed, then dotted, so a
// degree-10 basis never shows two curves alike.
#include <QPen>

namespace supex {

QPen coefficientPen(int j, double width);

}  // namespace supex
