import type { TestProject } from 'vitest/node';
import { startTestCluster } from '../support/test-database.js';

/** One PostgreSQL cluster for the whole integration run; each file makes its own database in it. */
export default async function setup(project: TestProject) {
  const cluster = await startTestCluster();
  console.log(`integration tests on ${cluster.kind} PostgreSQL`);
  project.provide('adminUrl', cluster.adminUrl);
  return () => cluster.stop();
}
