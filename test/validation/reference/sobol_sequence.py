"""Reference points of the unscrambled Sobol' sequence, from SciPy (independent implementation,
Joe & Kuo direction numbers). Run: python3 test/validation/reference/sobol_sequence.py > test/validation/reference/sobolSequence.json"""
import json
from scipy.stats import qmc

points = qmc.Sobol(64, scramble=False).random(1024)
print(json.dumps({
    "source": "scipy.stats.qmc.Sobol(d, scramble=False), SciPy 1.17.1",
    "first16dims6": qmc.Sobol(6, scramble=False).random(16).tolist(),
    "point1000dims64": points[1000].tolist(),
    "point1023dims64": points[1023].tolist(),
}))
