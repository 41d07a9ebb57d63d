#pragma once
// The "explain this point" tab's text: the probe's explanation as HTML, each
// table headed by the formula it evaluates (δₖ(x) = …, zₖ(x) = …).
#include <QString>
#include <optional>

#include "core/explain/probe_explanation.h"

namespace supex {

QString explanationHtml(const ProbeExplanation& e, const std::optional<DataPointExplanation>& point,
                        const FittedModel& model, const std::string& targetName);

}  // namespace supex
