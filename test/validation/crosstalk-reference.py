"""Reference isolations for test/validation/crosstalk.test.ts, by a second method.

Brute-force 2D midpoint integration (numpy) of the Gaussian intensity
exp(-2 r^2 / w^2) / (pi w^2 / 2) of every beam over every receive cell of an
n x n array, without the erf closed form the model uses; the isolation is the
worst cell's own power over the sum of the others'. The beam waist follows the
model's stated choice, w0 = min(sqrt(lambda d / pi), (D / n / 2) / 1.12), the
radius w(d) = w0 sqrt(1 + (d / z_R)^2), and the pointing error shifts every
beam by theta d along x. Run: python3 test/validation/crosstalk-reference.py
(numpy 2.x; prints the table the test embeds).
"""
import numpy as np

LAMBDA_M = 1.55e-6
APERTURE_M = 0.1
POINTS = 400  # midpoints per cell side


def isolation_db(order, distance_m, pointing_rad):
    pitch = APERTURE_M / order
    w0 = min(np.sqrt(LAMBDA_M * distance_m / np.pi), pitch / 2 / 1.12)
    zr = np.pi * w0**2 / LAMBDA_M
    w = w0 * np.sqrt(1 + (distance_m / zr) ** 2)
    offset = pointing_rad * distance_m
    centres = (np.arange(order) - (order - 1) / 2) * pitch
    step = pitch / POINTS
    local = (np.arange(POINTS) + 0.5) * step - pitch / 2
    worst = np.inf
    for ix in range(order):
        for iy in range(order):
            x = centres[ix] + local
            y = centres[iy] + local
            xx, yy = np.meshgrid(x, y, indexing="ij")
            own = 0.0
            others = 0.0
            for bx in range(order):
                for by in range(order):
                    r2 = (xx - centres[bx] - offset) ** 2 + (yy - centres[by]) ** 2
                    power = np.exp(-2 * r2 / w**2).sum() * step * step / (np.pi * w**2 / 2)
                    if bx == ix and by == iy:
                        own = power
                    else:
                        others += power
            worst = min(worst, own / others)
    return 10 * np.log10(worst)


CASES = [(2, 100, 1e-6), (4, 100, 1e-6), (4, 100, 0.0), (7, 100, 1e-6), (3, 200, 1e-6), (5, 200, 1e-6), (2, 1000, 1e-6), (3, 50, 2e-5)]

if __name__ == "__main__":
    for order, distance, pointing in CASES:
        print(f"[{order}, {distance}, {pointing:g}, {isolation_db(order, distance, pointing):.4f}],")
