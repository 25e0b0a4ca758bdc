/** Axis and point labels of the charts (display only: the plotted numbers came from the engine's decimal strings). */
import { formatDutchDecimal, formatEuroText } from './dutch-number';

/** Whole euros for axis ticks: "€ 110.000". */
export const euroTick = (value: number): string => `€ ${formatDutchDecimal(value.toFixed(0))}`;
/** Euros with cents for marked points: "€ 3.000,00". */
export const euroPoint = (value: number): string => formatEuroText(value.toFixed(2));
/** A count or a duration with at most two decimals: "3,5". */
export const quantity = (value: number): string => formatDutchDecimal(String(Number(value.toFixed(2))));
