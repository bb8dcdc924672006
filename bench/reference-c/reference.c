/*
 * The benchmark's reference contract (docs/benchmark-model.md) as a plain, single-threaded C
 * program: the yardstick for the engine's speed. `npm run bench` compiles it with `cc -O2` and runs
 * it for the same number of trials as the engine's Monte Carlo figure.
 *
 * It draws its own random numbers (xoshiro256** seeded by splitmix64, normals by a ziggurat), so
 * its figures agree with the engine's only statistically, not bit for bit.
 *
 * Usage: reference <trials> [seed]
 * Prints one JSON line: {"trials", "ms", "mean", "p5", "p50", "p95", "meanCredits", "capHitShare"};
 * "ms" covers the simulation and the quantiles, not the process start.
 */
#define _POSIX_C_SOURCE 199309L /* clock_gettime */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

enum { SERVICE_LEVELS = 20, MONTHS = 36, MONTHS_PER_YEAR = 12, BANDS = 5 };

#define MONTHLY_CHARGES 1000000.0
#define AT_RISK (0.12 * MONTHLY_CHARGES)       /* 120,000 a month */
#define INCENTIVE_CAP (0.05 * MONTHLY_CHARGES) /* 50,000 a month */
#define RHO 0.3

/* Bands on attainment by lower bound; the first band has no lower bound. */
static const double BAND_BOUND[BANDS] = {-INFINITY, 0.97, 0.985, 1.0, 1.01};
static const double BAND_RATE[BANDS] = {-1.0, -0.5, -0.25, 0.0, 0.1};

/* The engine forgives binary noise at thresholds (one part in 10^9); so does this program. */
static const double TOLERANCE = 1e-9;

/* One service level's terms and performance assumption, fixed before the trials. */
typedef struct {
  int higher;          /* 1: higher is better (attainment p / expected), 0: lower (expected / p) */
  double expected;
  double mean, sd;     /* the AR(1) process's mean and marginal standard deviation */
  double amount;       /* allocation × at-risk amount: what a band rate of 1 pays */
} ServiceLevel;

static void setUp(ServiceLevel *levels) {
  for (int s = 0; s < SERVICE_LEVELS; s++) {
    ServiceLevel *sl = &levels[s];
    sl->higher = s % 3 != 0;
    sl->expected = sl->higher ? 0.99 : 4.0;
    sl->mean = sl->higher ? 0.992 - 0.0005 * (s % 5) : 3.8 + 0.05 * (s % 4);
    sl->sd = sl->higher ? 0.006 : 0.35;
    double allocation = (2.0 / SERVICE_LEVELS) * (1.0 + 0.5 * ((s % 4) - 1.5) / 1.5);
    sl->amount = allocation * AT_RISK;
  }
}

/* ---- Random numbers: xoshiro256** (Blackman & Vigna), its state seeded by splitmix64 ---- */

typedef struct {
  uint64_t s[4];
} Random;

static uint64_t splitmix64(uint64_t *x) {
  uint64_t z = (*x += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

static void seedRandom(Random *r, uint64_t seed) {
  for (int i = 0; i < 4; i++) r->s[i] = splitmix64(&seed);
}

static inline uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

static inline uint64_t nextBits(Random *r) {
  uint64_t *s = r->s;
  uint64_t result = rotl(s[1] * 5, 7) * 9;
  uint64_t t = s[1] << 17;
  s[2] ^= s[0];
  s[3] ^= s[1];
  s[1] ^= s[2];
  s[0] ^= s[3];
  s[2] ^= t;
  s[3] = rotl(s[3], 45);
  return result;
}

/* Uniform in (0, 1), never 0 (its logarithm is taken), from the top 53 bits. */
static inline double uniform(Random *r) {
  return ((double)(nextBits(r) >> 11) + 0.5) * (1.0 / 9007199254740992.0);
}

/*
 * Standard normals by Marsaglia & Tsang's ziggurat (2000) with 128 layers, as fast generators do
 * (the engine too): about 99% of draws cost one random word, a table look-up and a multiply.
 * layerLimit[i]: the largest |j| whose point j × layerWidth[i] lies inside the curve at every
 * height of layer i; layerHeight[i]: the density at layer i's edge.
 */
enum { LAYERS = 128 };
#define ZIGGURAT_EDGE 3.442619855899          /* where the base layer's tail starts */
#define ZIGGURAT_AREA 9.91256303526217e-3     /* each layer's area */
static const double TWO_TO_31 = 2147483648.0;
static double layerLimit[LAYERS], layerWidth[LAYERS], layerHeight[LAYERS];

static void setUpZiggurat(void) {
  double edge = ZIGGURAT_EDGE, previous = edge;
  double q = ZIGGURAT_AREA / exp(-0.5 * edge * edge);
  layerLimit[0] = (edge / q) * TWO_TO_31;
  layerLimit[1] = 0.0;
  layerWidth[0] = q / TWO_TO_31;
  layerWidth[LAYERS - 1] = edge / TWO_TO_31;
  layerHeight[0] = 1.0;
  layerHeight[LAYERS - 1] = exp(-0.5 * edge * edge);
  for (int i = LAYERS - 2; i >= 1; i--) {
    edge = sqrt(-2.0 * log(ZIGGURAT_AREA / edge + exp(-0.5 * edge * edge)));
    layerLimit[i + 1] = (edge / previous) * TWO_TO_31;
    previous = edge;
    layerHeight[i] = exp(-0.5 * edge * edge);
    layerWidth[i] = edge / TWO_TO_31;
  }
}

/* The rare draws outside a layer's inner rectangle: the wedge test, or the tail beyond the edge. */
static double normalSlowPath(Random *r, int32_t j, int layer) {
  for (;;) {
    double x = j * layerWidth[layer];
    if (layer == 0) {
      double tail, y;
      do {
        tail = -log(uniform(r)) / ZIGGURAT_EDGE;
        y = -log(uniform(r));
      } while (y + y < tail * tail);
      return j > 0 ? ZIGGURAT_EDGE + tail : -ZIGGURAT_EDGE - tail;
    }
    double height = layerHeight[layer] + uniform(r) * (layerHeight[layer - 1] - layerHeight[layer]);
    if (height < exp(-0.5 * x * x)) return x;
    uint64_t bits = nextBits(r);
    j = (int32_t)(bits >> 32);
    layer = (int)(bits & (LAYERS - 1));
    if (fabs((double)j) < layerLimit[layer]) return j * layerWidth[layer];
  }
}

/* A signed 32-bit position from the word's top half and the layer from its low bits. */
static inline double normal(Random *r) {
  uint64_t bits = nextBits(r);
  int32_t j = (int32_t)(bits >> 32);
  int layer = (int)(bits & (LAYERS - 1));
  if (fabs((double)j) < layerLimit[layer]) return j * layerWidth[layer];
  return normalSlowPath(r, j, layer);
}

/* ---- The contract's money rules ---- */

/* The bands' lower bounds lowered by the tolerance once, so a look-up is plain comparisons. */
static double bandThreshold[BANDS];

static void setUpBands(void) {
  bandThreshold[0] = -INFINITY;
  for (int b = 1; b < BANDS; b++)
    bandThreshold[b] = BAND_BOUND[b] - TOLERANCE * fmax(1.0, fabs(BAND_BOUND[b]));
}

/* The rate of the highest band whose lower bound the attainment reaches. */
static inline double bandRate(double attainment) {
  int band = 0;
  for (int b = 1; b < BANDS; b++) band += attainment >= bandThreshold[b];
  return BAND_RATE[band];
}

/* One trial's result. */
typedef struct {
  double net, credits;
  int capHit; /* some month's credits reached the at-risk amount */
} Trial;

/* AR(1) performance paths from the mean, one per service level, then the term month by month. */
static Trial runTrial(const ServiceLevel *levels, Random *r) {
  double perf[SERVICE_LEVELS][MONTHS];
  const double innovation = sqrt(1.0 - RHO * RHO);
  for (int s = 0; s < SERVICE_LEVELS; s++) {
    const ServiceLevel *sl = &levels[s];
    double previous = sl->mean;
    for (int m = 0; m < MONTHS; m++) {
      previous = sl->mean + RHO * (previous - sl->mean) + sl->sd * innovation * normal(r);
      perf[s][m] = previous;
    }
  }

  Trial t = {0.0, 0.0, 0};
  double yearCredit[SERVICE_LEVELS] = {0};
  double yearAttainment[SERVICE_LEVELS] = {0};
  double credit[SERVICE_LEVELS];
  for (int m = 0; m < MONTHS; m++) {
    double monthCredits = 0.0, monthIncentives = 0.0;
    for (int s = 0; s < SERVICE_LEVELS; s++) {
      const ServiceLevel *sl = &levels[s];
      double p = perf[s][m];
      double attainment = sl->higher ? p / sl->expected : sl->expected / p;
      yearAttainment[s] += attainment;
      double amount = bandRate(attainment) * sl->amount;
      credit[s] = amount < 0.0 ? -amount : 0.0;
      monthCredits += credit[s];
      if (amount > 0.0) monthIncentives += amount;
    }
    if (monthCredits > 0.0 && monthCredits >= AT_RISK * (1.0 - TOLERANCE)) t.capHit = 1;
    /* Credits above the at-risk amount: every credit scaled down pro rata to it. */
    double scale = monthCredits > AT_RISK ? AT_RISK / monthCredits : 1.0;
    for (int s = 0; s < SERVICE_LEVELS; s++) yearCredit[s] += credit[s] * scale;
    monthCredits *= scale;
    if (monthIncentives > INCENTIVE_CAP) monthIncentives = INCENTIVE_CAP;
    t.credits += monthCredits;
    t.net += monthIncentives - monthCredits;

    /* End of a contract year: an average attainment of at least 1 earns that year's credits back. */
    if (m % MONTHS_PER_YEAR == MONTHS_PER_YEAR - 1) {
      for (int s = 0; s < SERVICE_LEVELS; s++) {
        if (yearAttainment[s] / MONTHS_PER_YEAR >= 1.0 - TOLERANCE) t.net += yearCredit[s];
        yearCredit[s] = 0.0;
        yearAttainment[s] = 0.0;
      }
    }
  }
  return t;
}

static int byValue(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

/* The q-quantile of sorted values, interpolating between order statistics. */
static double quantile(const double *sorted, long n, double q) {
  double position = q * (double)(n - 1);
  long below = (long)position;
  if (below >= n - 1) return sorted[n - 1];
  double weight = position - (double)below;
  return sorted[below] + weight * (sorted[below + 1] - sorted[below]);
}

static double nowMs(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

int main(int argc, char **argv) {
  long trials = argc > 1 ? atol(argv[1]) : 100000;
  uint64_t seed = argc > 2 ? strtoull(argv[2], NULL, 10) : 1;
  if (trials < 1) {
    fprintf(stderr, "usage: reference <trials ≥ 1> [seed]\n");
    return 2;
  }
  double *nets = malloc(sizeof(double) * (size_t)trials);
  if (!nets) {
    fprintf(stderr, "out of memory for %ld trials\n", trials);
    return 1;
  }
  ServiceLevel levels[SERVICE_LEVELS];
  setUp(levels);
  setUpZiggurat();
  setUpBands();
  Random random;
  seedRandom(&random, seed);

  double start = nowMs();
  double netSum = 0.0, creditSum = 0.0;
  long capHits = 0;
  for (long i = 0; i < trials; i++) {
    Trial t = runTrial(levels, &random);
    nets[i] = t.net;
    netSum += t.net;
    creditSum += t.credits;
    capHits += t.capHit;
  }
  qsort(nets, (size_t)trials, sizeof(double), byValue);
  double p5 = quantile(nets, trials, 0.05), p50 = quantile(nets, trials, 0.5),
         p95 = quantile(nets, trials, 0.95);
  double ms = nowMs() - start;

  printf("{\"trials\":%ld,\"ms\":%.3f,\"mean\":%.2f,\"p5\":%.2f,\"p50\":%.2f,\"p95\":%.2f,"
         "\"meanCredits\":%.2f,\"capHitShare\":%.6f}\n",
         trials, ms, netSum / trials, p5, p50, p95, creditSum / trials,
         (double)capHits / trials);
  free(nets);
  return 0;
}
