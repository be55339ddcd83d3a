#!/usr/bin/env python3
"""Writes a generated portfolio (apiVersion continuity/v1) for benchmarks: N services, D dependencies each."""
import random
import sys

services = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
deps_per_service = int(sys.argv[2]) if len(sys.argv) > 2 else 5
domains = 40
rng = random.Random(42)

out = ["apiVersion: continuity/v1", "kind: Portfolio", "teams:"]
for t in range(20):
    out += [f"  - key: team-{t}", f"    name: Team {t}"]
out.append("providers:")
for p in range(8):
    out += [f"  - key: provider-{p}", f"    name: Provider {p}"]
out.append("failureDomains:")
for d in range(domains):
    out += [f"  - key: domain-{d}", f"    name: Domain {d}", "    kind: provider-api",
            f"    provider: provider-{d % 8}", f"    availability: {rng.choice(['0.999', '0.9995', '0.995', '0.99'])}"]
out.append("services:")
for s in range(services):
    out += [f"  - key: service-{s}", f"    name: Service {s}", f"    team: team-{s % 20}",
            f"    tier: {1 + s % 4}", "    rtoMinutes: 60", "    rpoMinutes: 15", "    mtpdMinutes: 480",
            "    downtimeCostPerHour: 1000", "    currency: USD", "    dependencies:"]
    for d in range(deps_per_service):
        out += [f"      - key: dep-{d}", f"        name: Dependency {d}", "        paths:"]
        for p in range(rng.randint(1, 3)):
            req = ", ".join(f"domain-{x}" for x in rng.sample(range(domains), rng.randint(1, 3)))
            out += [f"          - key: path-{p}", f"            role: {'primary' if p == 0 else 'fallback'}"]
            if p > 0:
                out += ["            activation: automatic", "            switchoverMinutes: 5",
                        "            capacityPercent: 100"]
            out.append(f"            requires: [{req}]")
            if p > 0 and rng.random() < 0.5:
                out += ["            drills:", "              - date: 2026-10-01", "                result: passed"]
print("\n".join(out))
