#pragma once
// A plain-text OLS report in the layout of statsmodels' OLSResults.summary(),
// so that a statsmodels user finds every number where they expect it: a header
// (dependent variable, R², adjusted R², F and Prob(F), σ̂², residual and model
// degrees of freedom, number of observations) and a coefficient table (coef,
// std err, t, P>|t| and the interval at the fit's level), numbers formatted as
// statsmodels does (4 significant figures, scientific outside [1e-4, 1e4)).
// Diagnostics of the fit follow as numbered notes.
#include <string>

#include "core/models/ols/ols.h"

namespace supex {

std::string olsSummary(const OlsModel& model);

}  // namespace supex
