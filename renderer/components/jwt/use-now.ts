import { useEffect, useState } from 'react';

/** The current time in epoch seconds, ticking every second: drives "expires in" countdowns and exp-past. */
export function useNow(): number {
  const [now, setNow] = useState(() => Math.floor(Date.now() / 1000));
  useEffect(() => {
    const timer = setInterval(() => setNow(Math.floor(Date.now() / 1000)), 1000);
    return () => clearInterval(timer);
  }, []);
  return now;
}
