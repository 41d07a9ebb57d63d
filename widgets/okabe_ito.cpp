#include "widgets/okabe_ito.h"

#include <algorithm>
#include <array>
#include <atomic>

namespace supex {

namespace {
constexpr std::array<QRgb, kPaletteSize> kOkabeIto = {
    0xE69F00,  // orange
    0x56B4E9,  // sky blue
    0x009E73,  // bluish green
    0xF0E442,  // yellow
    0x0072B2,  // blue
    0xD55E00,  // vermillion
    0xCC79A7,  // reddish purple
    0x000000,  // black
};
constexpr std::array<QRgb, kPaletteSize> kTolBright = {
    0x4477AA,  // blue
    0xEE6677,  // red
    0x228833,  // green
    0xCCBB44,  // yellow
    0x66CCEE,  // cyan
    0xAA3377,  // purple
    0xBBBBBB,  // grey
    0x000000,  // black
};
// Read from the GUI thread and, for tiles and frames, from workers.
std::atomic<int> g_colours{static_cast<int>(ClassColours::OkabeIto)};
// Region tints never go beyond this share of the class colour, so a filled
// point of the same class (with its dark rim) still stands out from its region.
constexpr double kMinTint = 0.10;
constexpr double kMaxTint = 0.42;
}  // namespace

void setClassColours(ClassColours colours) { g_colours.store(static_cast<int>(colours)); }
ClassColours classColours() { return static_cast<ClassColours>(g_colours.load()); }

QColor classColor(int k) {
  const int i = ((k % kPaletteSize) + kPaletteSize) % kPaletteSize;
  const auto& set = classColours() == ClassColours::TolBright ? kTolBright : kOkabeIto;
  return QColor::fromRgb(set[static_cast<std::size_t>(i)]);
}

QColor classTint(int k, double strength) {
  const double a = std::clamp(strength, 0.0, 1.0);
  const QColor c = classColor(k);
  auto mix = [a](int channel) { return static_cast<int>(255.0 + a * (channel - 255.0) + 0.5); };
  return QColor(mix(c.red()), mix(c.green()), mix(c.blue()));
}

double tintStrength(double s) { return kMinTint + (kMaxTint - kMinTint) * std::clamp(s, 0.0, 1.0); }

QColor regressionPointColor() { return classColor(4); }
QColor regressionCurveColor() { return classColor(5); }

}  // namespace supex
