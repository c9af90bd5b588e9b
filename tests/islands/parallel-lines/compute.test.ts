import { describe, expect, it } from 'vitest';
import {
  computeParallelLines,
  DEFAULT_THETA,
  distanceCurves,
  parseTheta,
  roundToStep,
  THETA_MAX,
  THETA_MIN,
  THETA_STEP,
} from '../../../src/islands/parallel-lines/compute.ts';

describe('computeParallelLines', () => {
  it.each([0.5, -0.5, 1, -1, 0.01, 1e-9, -1e-9])('matches the closed form at θ = %s', (theta) => {
    const state = computeParallelLines(theta);
    expect(state.closedForm.wasserstein).toBe(Math.abs(theta));
    expect(state.closedForm.jensenShannon).toBeCloseTo(Math.LN2, 15);
    expect(state.closedForm.kullbackLeibler).toBe(Infinity);
    expect(state.closedForm.reverseKullbackLeibler).toBe(Infinity);
    expect(state.closedForm.totalVariation).toBe(1);
  });

  it('is zero everywhere at θ = 0', () => {
    const state = computeParallelLines(0);
    for (const source of [state.closedForm, state.discretised]) {
      expect(source.wasserstein).toBe(0);
      expect(source.jensenShannon).toBe(0);
      expect(source.kullbackLeibler).toBe(0);
      expect(source.reverseKullbackLeibler).toBe(0);
      expect(source.totalVariation).toBe(0);
    }
  });

  it.each([0.5, -0.73, 1, -1, 0.01, 1e-9])('discretisation agrees at θ = %s', (theta) => {
    const { closedForm, discretised } = computeParallelLines(theta);
    expect(discretised.wasserstein).toBeCloseTo(closedForm.wasserstein, 12);
    expect(Math.abs(discretised.wasserstein - Math.abs(theta))).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(theta)));
    expect(discretised.jensenShannon).toBeCloseTo(closedForm.jensenShannon, 12);
    expect(discretised.kullbackLeibler).toBe(Infinity);
    expect(discretised.reverseKullbackLeibler).toBe(Infinity);
    expect(discretised.totalVariation).toBeCloseTo(1, 12);
  });

  it('keeps W tiny but positive near 0', () => {
    const { discretised } = computeParallelLines(1e-9);
    expect(discretised.wasserstein).toBeGreaterThan(0);
    expect(discretised.wasserstein).toBeCloseTo(1e-9, 18);
  });

  it('uses the requested number of points', () => {
    expect(computeParallelLines(0.3, 7).points).toBe(7);
    expect(computeParallelLines(0.3, 7).discretised.wasserstein).toBeCloseTo(0.3, 12);
  });
});

describe('distanceCurves', () => {
  const curves = distanceCurves();

  it('samples every slider step for four distances', () => {
    const steps = Math.round((THETA_MAX - THETA_MIN) / THETA_STEP) + 1;
    expect(curves.length).toBe(4 * steps);
  });

  it('has no NaN', () => {
    for (const point of curves) expect(Number.isNaN(point.value), `${point.quantity} at ${point.theta}`).toBe(false);
  });

  it('marks the branch of each sample', () => {
    const zero = curves.filter((point) => point.branch === 'zero');
    expect(zero.map((point) => point.theta)).toEqual([0, 0, 0, 0]);
    expect(curves.filter((point) => point.branch === 'negative').every((point) => point.theta < 0)).toBe(true);
    expect(curves.filter((point) => point.branch === 'positive').every((point) => point.theta > 0)).toBe(true);
  });

  it('keeps KL infinite away from 0', () => {
    const kl = curves.filter((point) => point.quantity === 'kullbackLeibler' && point.theta !== 0);
    expect(kl.every((point) => point.value === Infinity)).toBe(true);
  });
});

describe('parseTheta', () => {
  it.each([
    ['0.5', 0.5],
    ['-1', -1],
    ['1', 1],
    ['0', 0],
    ['-0', 0],
    [' 0.25 ', 0.25],
    ['0.123', 0.12],
    ['1e-9', 0],
  ])('reads %j as %s', (raw, expected) => {
    expect(parseTheta(raw)).toBe(expected);
  });

  it.each([
    ['abc', /숫자/],
    ['', /숫자/],
    ['NaN', /숫자/],
    ['Infinity', /숫자/],
    ['5', /−1에서 1 사이/],
    ['-1.5', /−1에서 1 사이/],
  ])('rejects %j', (raw, message) => {
    expect(() => parseTheta(raw)).toThrow(RangeError);
    expect(() => parseTheta(raw)).toThrow(message);
  });

  it('defaults inside the range', () => {
    expect(DEFAULT_THETA).toBeGreaterThanOrEqual(THETA_MIN);
    expect(DEFAULT_THETA).toBeLessThanOrEqual(THETA_MAX);
  });
});

describe('roundToStep', () => {
  it.each([
    [0.1 + 0.2, 0.3],
    [-0.004, 0],
    [0.996, 1],
  ])('rounds %s to %s', (theta, expected) => {
    expect(Object.is(roundToStep(theta), expected)).toBe(true);
  });
});
