export {
  type DecisionDays,
  monthsOf,
  type ServiceLevelMonth,
  serviceLevelByMonth,
  type TrackMedian,
  weightedMedian,
} from './median';
