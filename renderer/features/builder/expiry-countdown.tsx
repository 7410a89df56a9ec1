import { formatDuration } from '../../../shared/jwt/relative-time';
import { useNow } from '../../components/jwt/use-now';

function clock(seconds: number): string {
  if (seconds >= 3600) return formatDuration(seconds);
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${m} min ${String(s).padStart(2, '0')} s`;
}

/** A live "expires in" for the signed assertion; past exp it tells the user to sign again. */
export function ExpiryCountdown({ exp }: { exp: number }) {
  const now = useNow();
  const left = exp - now;
  return left > 0 ? (
    <p className="countdown">
      Expires in <strong>{clock(left)}</strong>
    </p>
  ) : (
    <p className="countdown expired">Expired: sign a new assertion before using it.</p>
  );
}
