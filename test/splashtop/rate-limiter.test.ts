// The client never sends more than the limit in any window, retries included (virtual clock).
import { virtualClock } from "../../src/splashtop/clock";
import { createRateLimiter } from "../../src/splashtop/rate-limiter";

test("the first `calls` requests go at once; the next waits a window after the oldest one ended", async () => {
  const clock = virtualClock();
  const limiter = createRateLimiter({ calls: 3, windowMs: 1000, marginMs: 50 }, clock);
  const sent: number[] = [];
  for (let i = 0; i < 7; i++) {
    const slot = await limiter.acquire();
    sent.push(clock.now());
    slot.done();
  }
  expect(sent).toEqual([0, 0, 0, 1050, 1050, 1050, 2100]);
});

test("a slow answer dates its slot: the window counts from when the request ended", async () => {
  const clock = virtualClock();
  const limiter = createRateLimiter({ calls: 2, windowMs: 1000 }, clock);
  const sent: number[] = [];
  for (let i = 0; i < 4; i++) {
    const slot = await limiter.acquire();
    sent.push(clock.now());
    await clock.sleep(i === 0 ? 300 : 10); // the first request takes 300 ms to answer
    slot.done();
  }
  expect(sent).toEqual([0, 300, 1300, 1310]);
});

test("however late requests reach the server, it never sees more than `calls` in a window", async () => {
  const clock = virtualClock();
  const limit = { calls: 5, windowMs: 1000 };
  const limiter = createRateLimiter(limit, clock);
  const arrivals: number[] = [];
  for (let i = 0; i < 60; i++) {
    const slot = await limiter.acquire();
    const transit = (i * 53) % 97; // irregular delay on the way to the server
    await clock.sleep(transit);
    arrivals.push(clock.now());
    await clock.sleep((i * 37) % 300); // the server's work and the way back
    slot.done();
  }
  for (const start of arrivals) {
    expect(arrivals.filter((t) => t >= start && t < start + limit.windowMs).length).toBeLessThanOrEqual(limit.calls);
  }
});

test("waiting for a slot stops when the signal aborts, and the slot is not taken", async () => {
  const clock = virtualClock();
  const limiter = createRateLimiter({ calls: 1, windowMs: 1000 }, clock);
  (await limiter.acquire()).done();
  const controller = new AbortController();
  controller.abort(new Error("cancelled"));
  await expect(limiter.acquire(controller.signal)).rejects.toThrow("cancelled");
  await limiter.acquire();
  expect(clock.now()).toBe(1000);
});

test("a nonsense limit is refused at creation", () => {
  expect(() => createRateLimiter({ calls: 0, windowMs: 1000 }, virtualClock())).toThrow(/positive integer/);
});
