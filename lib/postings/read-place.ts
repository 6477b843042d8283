import { readLocation } from './read-location';
import { readRemoteCountries } from './read-remote-country';
import type { Offer, RemotePolicy } from './types';

/** Where the job is worked: a city, else, for a fully remote job, the countries it names ("Anywhere in the U.S."). */
export function readPlace(declared: string | undefined, labeled: readonly string[], remote: RemotePolicy, plainBody: string): Pick<Offer, 'location' | 'remoteCountries'> {
  // A fully remote job's body names where the team or its meetings are ("basée en région parisienne"), not where the job is.
  const location = readLocation(declared, labeled, remote === 'full' ? '' : plainBody);
  if (location !== undefined || remote !== 'full') return { location };
  const remoteCountries = readRemoteCountries(declared === undefined ? labeled : [declared, ...labeled], plainBody);
  return remoteCountries.length === 0 ? { location } : { location, remoteCountries };
}
