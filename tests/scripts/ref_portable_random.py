# Independent reference for PortableRandom, trainTestSplit and the linear generator:
# mt19937_64 written from the C++ standard's definition ([rand.eng.mers], [rand.predef]).
import math
M = (1 << 64) - 1
class MT64:
    def __init__(s, seed):
        s.mt = [seed & M]
        for i in range(1, 312):
            s.mt.append((6364136223846793005 * (s.mt[-1] ^ (s.mt[-1] >> 62)) + i) & M)
        s.i = 312
    def next(s):
        if s.i >= 312:
            for k in range(312):
                y = (s.mt[k] & 0xFFFFFFFF80000000) | (s.mt[(k + 1) % 312] & 0x7FFFFFFF)
                s.mt[k] = s.mt[(k + 156) % 312] ^ (y >> 1) ^ (0xB5026F5AA96619E9 if y & 1 else 0)
            s.i = 0
        y = s.mt[s.i]; s.i += 1
        y ^= (y >> 29) & 0x5555555555555555
        y ^= (y << 17) & 0x71D67FFFEDA60000
        y ^= (y << 37) & 0xFFF7EEE000000000
        y ^= y >> 43
        return y & M
class Rng:
    def __init__(s, seed): s.e = MT64(seed); s.spare = None
    def uniform(s): return (s.e.next() >> 11) * 2.0**-53
    def below(s, n):
        t = (2**64 - n) % n
        while True:
            r = s.e.next()
            if r >= t: return r % n
    def normal(s):
        if s.spare is not None: v, s.spare = s.spare, None; return v
        while True:
            u = 2 * s.uniform() - 1; v = 2 * s.uniform() - 1; q = u * u + v * v
            if 0 < q < 1: break
        f = math.sqrt(-2 * math.log(q) / q); s.spare = v * f; return u * f
    def shuffle(s, a):
        for i in range(len(a), 1, -1):
            j = s.below(i); a[i - 1], a[j] = a[j], a[i - 1]
e = MT64(5489)
for _ in range(9999): e.next()
print("10000th of default seed:", e.next())
r = Rng(42); print("next seed42:", [r.e.next() for _ in range(3)])
r = Rng(42); print("uniform seed42:", [repr(r.uniform()) for _ in range(3)])
r = Rng(42); print("normal seed42:", [repr(r.normal()) for _ in range(4)])
r = Rng(42); print("below(10) seed42:", [r.below(10) for _ in range(6)])
r = Rng(42); a = list(range(10)); r.shuffle(a); print("shuffle 0..9 seed42:", a)
# trainTestSplit(n=10, 0.3, seed 7): shuffle 0..9, first round(3) are test
r = Rng(7); a = list(range(10)); r.shuffle(a); print("split seed7 test:", sorted(a[:3]), "train:", sorted(a[3:]))
# stratified: labels 0,0,1,0,1,0,0,1,0,1 (6 of class 0, 4 of class 1), fraction 0.3 -> quotas [2, 1]
lab = [0,0,1,0,1,0,0,1,0,1]; r = Rng(7); test = []
for k, q in ((0, 2), (1, 1)):
    m = [i for i in range(10) if lab[i] == k]; r.shuffle(m); test += m[:q]
print("stratified seed7 test:", sorted(test))
# generate linear, n=3, seed 5: x = -3 + 6u, y = 1 + 2x + normal
r = Rng(5)
for _ in range(3):
    x = -3 + (3 - -3) * r.uniform(); e = r.normal(); print("linear row:", repr(x), repr(1 + 2 * x + 1.0 * e))
