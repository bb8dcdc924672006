import { createContext, useContext } from 'react';
import { ENGLISH_NUMBERS, type NumberConvention } from '../../engine/rules/numberText';

/** The user's way of writing numbers (their locale's decimal and grouping marks), for every field. */
export const NumberConventionContext = createContext<NumberConvention>(ENGLISH_NUMBERS);

export const useNumberConvention = (): NumberConvention => useContext(NumberConventionContext);
