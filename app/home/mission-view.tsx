import Link from '@/app/ui/link';
import { getHeadlineGrid } from '@/db/queries/headlines';
import type { Database } from '@/db/client';
import { HeadlineTable } from './headline-table';
import { paperHeadlines } from './headlines';
import styles from './home.module.css';

/** The first view of `/`: the four papers' headline numbers, each with the baselines the paper sets against it. */
export async function MissionView({ db }: { db: Database }) {
  const grids = await Promise.all(paperHeadlines.map((p) => getHeadlineGrid({ db, spec: p.spec })));
  return (
    <section aria-labelledby="mission-title" className={styles.mission}>
      <h1 id="mission-title">How the models compare, as their papers report</h1>
      <p className="lede">
        Each paper&apos;s headline numbers beside the baselines it compares against, exactly as printed; select one for its
        table, metric and setting. Each paper measured its own way, so compare within a paper.{' '}
        <a href="#leaderboard">Every model and benchmark: the leaderboard below</a>.
      </p>
      <div className={styles.papers}>
        {paperHeadlines.map((paper, i) => {
          const grid = grids[i]!;
          return (
            // no accessible name: a named region "MiniCPM" would share its label with the leaderboard's family filter
            <section key={paper.family} id={`paper-${paper.family.toLowerCase()}`} className={styles.paper}>
              <h2>
                <Link href={`/sources/${paper.spec.sourceId}`}>{paper.title}</Link>
              </h2>
              <p className={styles.about}>{paper.about}</p>
              <HeadlineTable grid={grid} caption={`${paper.title}: headline results as printed`} ownPrefix={paper.ownPrefix} />
              <p className={styles.basis}>
                {paper.basis}{' '}
                <Link href={`/?family=${encodeURIComponent(paper.family)}`}>All {paper.title} models in the leaderboard</Link>
                {' · '}
                <Link href={`/?source=${encodeURIComponent(paper.spec.sourceId)}`}>everything this paper reports</Link>
              </p>
            </section>
          );
        })}
      </div>
    </section>
  );
}
