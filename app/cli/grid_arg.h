#pragma once
// Parses --grid X0:X1:NX[,Y0:Y1:NY] into a GridSpec.
#include <string>

#include "core/predict/grid_predictor.h"

namespace supex::cli {

// `features` is the number of input features of the model (1 or 2);
// throws Failure (usage) when the text or its dimension does not fit.
GridSpec parseGridArg(const std::string& text, int features);

}  // namespace supex::cli
