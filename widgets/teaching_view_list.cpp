// The list of teaching views: one line per view (see teaching_view.h).
#include "widgets/teaching_view.h"
#include "widgets/views/ellipse_view.h"
#include "widgets/views/explain_view.h"

namespace supex {

const std::vector<TeachingViewInfo>& teachingViews() {
  static const std::vector<TeachingViewInfo> views{
      {"ellipses", "LDA/QDA ellipses", [](const ViewContext& c) -> QWidget* { return new EllipseView(c); }},
      {"explain", "Explain a point", [](const ViewContext& c) -> QWidget* { return new ExplainView(c); }},
  };
  return views;
}

}  // namespace supex
