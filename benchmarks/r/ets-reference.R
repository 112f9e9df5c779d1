# R's ets() on R's own data sets: the reference figures ITM's automatic ETS is compared with.
#
#   Rscript benchmarks/r/ets-reference.R <output directory>
#
# Writes each series as `period,value` CSV after a `#` comment line (the layout of TimeSeriesCsv),
# r-ets-reference.csv with, per series: frequency, horizon, R's selected model and holdout MASE (scaled by the
# in-sample seasonal-naive MAE of the training part, as forecast::accuracy does), and r-ets-times.csv with R's
# median processor (user) time of ets() on the training part over 7 runs (machine-dependent, so kept apart from the reference).
# Training = all but the last h observations; h = 2 seasons for seasonal series, 10 for non-seasonal ones.
suppressMessages(library(forecast))
args <- commandArgs(trailingOnly = TRUE)
out <- if (length(args) > 0) args[1] else "."
dir.create(out, showWarnings = FALSE, recursive = TRUE)

series <- list(
  co2 = co2, AirPassengers = AirPassengers, nottem = nottem, USAccDeaths = USAccDeaths,
  ldeaths = ldeaths, UKDriverDeaths = UKDriverDeaths,
  UKgas = UKgas, JohnsonJohnson = JohnsonJohnson, austres = austres, woolyrnq = woolyrnq, wineind = wineind,
  Nile = Nile, LakeHuron = LakeHuron, lynx = lynx, airmiles = airmiles, WWWusage = WWWusage, BJsales = BJsales)

label <- function(x) {
  f <- frequency(x); t <- time(x)
  yr <- floor(t + 1e-9); k <- round((t - yr) * f) + 1
  if (f == 12) sprintf("%d-%02d", yr, k) else if (f == 4) sprintf("%d-Q%d", yr, k) else if (yr[1] >= 1000) as.character(yr) else as.character(seq_along(x))
}

rows <- list()
times_rows <- list()
for (name in names(series)) {
  x <- series[[name]]
  f <- frequency(x)
  writeLines(c(sprintf("# %s: %d observations, frequency %d (from R %s, forecast %s)", name, length(x), f,
                       R.version.string, packageVersion("forecast")), "period,value",
               paste(label(x), format(as.numeric(x), digits = 15, trim = TRUE), sep = ",")),
             file.path(out, paste0(name, ".csv")))
  h <- if (f > 1) 2 * f else 10
  n <- length(x)
  train <- ts(as.numeric(x)[1:(n - h)], frequency = f)
  test <- as.numeric(x)[(n - h + 1):n]
  fit <- ets(train)
  fc <- forecast(fit, h = h)$mean
  m <- if (f > 1) f else 1
  scale <- mean(abs(diff(as.numeric(train), lag = m)))
  mase <- mean(abs(test - as.numeric(fc))) / scale
  # processor time of this process, not wall time: on a shared machine it stays comparable with ITM's figure
  times <- replicate(7, system.time(ets(train))[["user.self"]])
  rows[[name]] <- data.frame(series = name, frequency = f, horizon = h, model = fit$method,
                             mase = sprintf("%.4f", mase))
  times_rows[[name]] <- data.frame(series = name, fit_ms = sprintf("%.1f", 1000 * median(times)))
}
write.csv(do.call(rbind, rows), file.path(out, "r-ets-reference.csv"), row.names = FALSE, quote = FALSE)
write.csv(do.call(rbind, times_rows), file.path(out, "r-ets-times.csv"), row.names = FALSE, quote = FALSE)
